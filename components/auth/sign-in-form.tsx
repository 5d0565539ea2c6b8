"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { signInSchema } from "@/lib/auth/schemas";
import { Field, FormAlert, SubmitButton, useAuthForm } from "./form-parts";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { problems, pending, onSubmit } = useAuthForm(
    signInSchema,
    (data) => authClient.signIn.email(data),
    () => {
      router.replace(next);
      router.refresh();
    },
  );

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={problems.fields.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required error={problems.fields.password} />
      <p className="text-sm">
        <Link href="/forgot-password" className="font-medium text-teal-800 underline underline-offset-2 hover:text-teal-900">
          Forgot your password?
        </Link>
      </p>
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
