"use client";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { PASSWORD_MIN, resetPasswordSchema } from "@/lib/auth/schemas";
import { Field, FormAlert, SubmitButton, useAuthForm } from "./form-parts";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const { problems, pending, onSubmit } = useAuthForm(
    resetPasswordSchema,
    (data) => authClient.resetPassword({ ...data, token }),
    () => router.replace("/sign-in?reset=1"),
  );

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={problems.fields.newPassword}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Change password
      </SubmitButton>
    </form>
  );
}
