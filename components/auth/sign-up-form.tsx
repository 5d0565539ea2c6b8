"use client";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { PASSWORD_MIN, signUpSchema } from "@/lib/auth/schemas";
import { Field, FormAlert, SubmitButton, useAuthForm } from "./form-parts";

export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const { problems, pending, onSubmit } = useAuthForm(
    signUpSchema,
    (data) => authClient.signUp.email(data),
    () => {
      router.replace(next);
      router.refresh();
    },
  );

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <Field name="name" label="Your name" autoComplete="name" required error={problems.fields.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={problems.fields.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={problems.fields.password}
      />
      <SubmitButton pending={pending} pendingLabel="Creating account…">
        Create account
      </SubmitButton>
    </form>
  );
}
