"use client";
import { AuthForm, NewPasswordField, useAuthForm } from "@/components/forms/form";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { resetPasswordSchema } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useAuthForm(
    resetPasswordSchema,
    (data) => authClient.resetPassword({ ...data, token }),
    () => router.replace("/sign-in?reset=1"),
  );

  return (
    <AuthForm form={form} submit="Change password" pendingLabel="Saving…">
      <NewPasswordField name="newPassword" label="New password" error={form.problems.fields.newPassword} />
    </AuthForm>
  );
}
