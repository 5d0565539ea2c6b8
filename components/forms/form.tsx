"use client";
// How the app's forms behave, next to their fields (./fields): a submit button that waits for
// the page to be interactive, and the two ways a form is checked and sent. Both check with
// the shared zod schema first (instant messages, no round trip) and move focus to the first
// field with a message. A dashboard form then calls its server action (useShopForm), an
// account form the better-auth client (useAuthForm).
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { useHydrated } from "@/components/cart/use-hydrated";
import { describeAuthFailure, messages, type AuthFailure, type FormProblems } from "@/lib/auth/errors";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { emptyFormState, type FormState } from "@/lib/core/form-state";
import { fieldErrors } from "@/lib/core/input";
import { Field, FormAlert } from "./fields";

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

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on it. */
function focusFirstError(form: HTMLFormElement | null, fields: Record<string, string | undefined>) {
  const first = Object.keys(fields).find((name) => fields[name]);
  const element = first && form ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLElement) element.focus();
}

/** The form's values checked with `schema`, or null once the problems are shown (`show`) and the first one has focus. */
function checked<T>(form: HTMLFormElement, data: FormData, schema: z.ZodType<T>, show: (fields: Record<string, string>) => void): T | null {
  const parsed = schema.safeParse(Object.fromEntries(data));
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  show(fields);
  focusFirstError(form, fields);
  return null;
}

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/**
 * A dashboard form: checks with `schema`, then calls the server action, which checks again and
 * answers a FormState. Calling the action ourselves (not <form action>) keeps what the merchant
 * typed: React resets a form after a form action, errors or not. `clearOnSave` empties it after
 * a success instead (a form that adds one thing after another, e.g. an invitation).
 */
export function useShopForm(schema: z.ZodType, action: Action, { clearOnSave = false } = {}) {
  const [serverState, formAction, pending] = useActionState(action, emptyFormState);
  const [clientState, setClientState] = useState<FormState | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => focusFirstError(formRef.current, serverState.fields), [serverState]);
  useEffect(() => {
    if (clearOnSave && serverState.saved) formRef.current?.reset();
  }, [clearOnSave, serverState]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (checked(event.currentTarget, data, schema, (fields) => setClientState({ fields })) === null) return;
    setClientState(null);
    startTransition(() => formAction(data));
  }

  return { problems: clientState ?? serverState, serverState, pending, onSubmit, formRef };
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

/**
 * An account form: checks with `schema`, then calls `send` (a better-auth client call) and
 * shows whatever went wrong; on success hands the data to `onSuccess`.
 */
export function useAuthForm<T>(schema: z.ZodType<T>, send: (data: T) => Promise<{ error: AuthFailure | null }>, onSuccess: (data: T) => void) {
  const [problems, setProblems] = useState<FormProblems>({ fields: {} });
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = checked(form, new FormData(form), schema, (fields) => setProblems({ fields }));
    if (data === null) return;
    setPending(true);
    let found: FormProblems | null;
    try {
      const { error } = await send(data);
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
    onSuccess(data); // stays pending while the next page loads
  }

  return { problems, pending, onSubmit };
}
