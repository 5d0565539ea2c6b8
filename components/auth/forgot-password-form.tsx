"use client";
import { Field } from "@/components/forms/fields";
import { AuthForm, useAuthForm } from "@/components/forms/form";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { forgotPasswordSchema } from "@/lib/auth/schemas";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useAuthForm(
    forgotPasswordSchema,
    (data) => authClient.requestPasswordReset({ ...data, redirectTo: "/reset-password" }),
    (data) => setSentTo(data.email),
  );

  // The same answer whether or not the address has an account, so it can't be used to find accounts.
  if (sentTo) {
    return (
      <p role="status" className="rounded-md border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900">
        If an account exists for <strong>{sentTo}</strong>, we have sent it a link to reset the password. The link works for one hour.
      </p>
    );
  }
  return (
    <AuthForm form={form} submit="Send reset link" pendingLabel="Sending…">
      <Field name="email" label="Email" type="email" autoComplete="email" required error={form.problems.fields.email} />
    </AuthForm>
  );
}
