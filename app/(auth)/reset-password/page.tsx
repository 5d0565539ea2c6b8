import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Choose a new password</h1>
      {typeof token === "string" && token ? (
        <div className="mt-6">
          <ResetPasswordForm token={token} />
          <p className="mt-6 text-sm text-slate-700">
            Link not working?{" "}
            <Link href="/forgot-password" className="font-medium text-teal-800 underline underline-offset-2">
              Ask for a new one
            </Link>
          </p>
        </div>
      ) : (
        <p className="mt-4 text-slate-700">
          This reset link is incomplete.{" "}
          <Link href="/forgot-password" className="font-medium text-teal-800 underline underline-offset-2">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </>
  );
}
