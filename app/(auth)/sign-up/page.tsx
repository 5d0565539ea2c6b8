import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/app/_entry/session";

export const metadata: Metadata = { title: "Create your account" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 mb-6 text-slate-700">Then open your shop in a few minutes.</p>
      <SignUpForm next={next} />
      <p className="mt-6 text-sm text-slate-700">
        Already have an account?{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-teal-800 underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </>
  );
}
