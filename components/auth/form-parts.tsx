"use client";
// The account forms' parts: the labelled fields (components/forms/fields, re-exported for the
// forms that import them from here), a submit button that waits for the page to be
// interactive, the form frame, and the hook that checks and sends a form.
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { Field, FormAlert } from "@/components/forms/fields";
import { describeAuthFailure, messages, type AuthFailure, type FormProblems } from "@/lib/auth/errors";
import { fieldErrors, PASSWORD_MIN } from "@/lib/auth/schemas";

export { Field, FormAlert };

const noop = () => () => {};

/** False during the server render and hydration, true once React handles events. */
function useHydrated() {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

// Disabled until hydrated so an early click can't fall back to a plain form post.
export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: string; pendingLabel: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      disabled={!hydrated || pending}
      className="w-full rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:cursor-not-allowed disabled:opacity-60"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

type AuthFormState = ReturnType<typeof useAuthForm>;

/** An account form: the form-level alert, the fields, then the submit button. */
export function AuthForm({ form, submit, pendingLabel, children }: { form: AuthFormState; submit: string; pendingLabel: string; children: ReactNode }) {
  return (
    <form method="post" noValidate onSubmit={form.onSubmit} className="space-y-4">
      <FormAlert message={form.problems.form} />
      {children}
      <SubmitButton pending={form.pending} pendingLabel={pendingLabel}>
        {submit}
      </SubmitButton>
    </form>
  );
}

/** A password being chosen (sign-up, reset), with the length rule as its hint. */
export function NewPasswordField({ name, label, error }: { name: string; label: string; error?: string }) {
  return <Field name={name} label={label} type="password" autoComplete="new-password" required hint={`At least ${PASSWORD_MIN} characters.`} error={error} />;
}

/** After signing in or up: goes to `next` and re-renders the server components for the new session. */
export function useContinueTo(next: string) {
  const router = useRouter();
  return () => {
    router.replace(next);
    router.refresh();
  };
}

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on it. */
function focusFirstError(form: HTMLFormElement, fields: Record<string, string | undefined>) {
  const first = Object.keys(fields).find((name) => fields[name]);
  const element = first ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLElement) element.focus();
}

/**
 * Checks the form against `schema`, then calls `send` (a better-auth client call) and
 * shows whatever went wrong; on success hands the data to `onSuccess`.
 */
export function useAuthForm<T>(schema: z.ZodType<T>, send: (data: T) => Promise<{ error: AuthFailure | null }>, onSuccess: (data: T) => void) {
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      setProblems({ fields });
      focusFirstError(form, fields);
      return;
    }
    setPending(true);
    let found: FormProblems | null;
    try {
      const { error } = await send(parsed.data);
      found = error ? describeAuthFailure(error) : null;
    } catch {
      found = { fields: {}, form: messages.unknown }; // offline, or the server is down
    }
    if (found) {
      setProblems(found);
      setPending(false);
      focusFirstError(form, found.fields);
      return;
    }
    setProblems({ fields: {} });
    onSuccess(parsed.data); // stays pending while the next page loads
  }

  return { problems, pending, onSubmit };
}
