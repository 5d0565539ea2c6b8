"use client";
// Building blocks of the account forms: a labelled field that carries its own error,
// the form-level alert, and a submit button that waits for the page to be interactive.
import { useState, useSyncExternalStore, type FormEvent, type InputHTMLAttributes } from "react";
import type { z } from "zod";
import { describeAuthFailure, messages, type AuthFailure, type FormProblems } from "@/lib/auth/errors";
import { fieldErrors } from "@/lib/auth/schemas";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; hint?: string };

export function Field({ name, label, error, hint, className, ...input }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-700 focus:border-teal-700"
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
      {message}
    </div>
  );
}

const noop = () => () => {};

/** False during the server render and hydration, true once React handles events. */
function useHydrated() {
  return useSyncExternalStore(noop, () => true, () => false);
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
export function useAuthForm<T>(
  schema: z.ZodType<T>,
  send: (data: T) => Promise<{ error: AuthFailure | null }>,
  onSuccess: (data: T) => void,
) {
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
