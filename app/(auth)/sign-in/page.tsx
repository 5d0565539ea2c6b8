import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/app/_entry/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[]; reset?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      {params.reset === "1" ? (
        <p role="status" className="mt-4 rounded-md border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900">
          Your password has been changed. Sign in with your new password.
        </p>
      ) : null}
      <div className="mt-6">
        <SignInForm next={next} />
      </div>
      <p className="mt-6 text-sm text-slate-700">
        New to Minishop?{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-teal-800 underline underline-offset-2">
          Create an account
        </Link>
      </p>
    </>
  );
}
