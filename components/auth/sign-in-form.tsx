"use client";
import { Field } from "@/components/forms/fields";
import { AuthForm, useAuthForm, useContinueTo } from "@/components/forms/form";
import Link from "next/link";
import { authClient } from "@/lib/auth/client";
import { signInSchema } from "@/lib/auth/schemas";

export function SignInForm({ next }: { next: string }) {
  const form = useAuthForm(signInSchema, (data) => authClient.signIn.email(data), useContinueTo(next));
  const { fields } = form.problems;

  return (
    <AuthForm form={form} submit="Sign in" pendingLabel="Signing in…">
      <Field name="email" label="Email" type="email" autoComplete="email" required error={fields.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required error={fields.password} />
      <p className="text-sm">
        <Link href="/forgot-password" className="font-medium text-teal-800 underline underline-offset-2 hover:text-teal-900">
          Forgot your password?
        </Link>
      </p>
    </AuthForm>
  );
}
