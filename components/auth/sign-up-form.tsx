"use client";
import { Field } from "@/components/forms/fields";
import { AuthForm, NewPasswordField, useAuthForm, useContinueTo } from "@/components/forms/form";
import { authClient } from "@/lib/auth/client";
import { signUpSchema } from "@/lib/auth/schemas";

export function SignUpForm({ next }: { next: string }) {
  const form = useAuthForm(signUpSchema, (data) => authClient.signUp.email(data), useContinueTo(next));
  const { fields } = form.problems;

  return (
    <AuthForm form={form} submit="Create account" pendingLabel="Creating account…">
      <Field name="name" label="Your name" autoComplete="name" required error={fields.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={fields.email} />
      <NewPasswordField name="password" label="Password" error={fields.password} />
    </AuthForm>
  );
}
