"use client";
// A shop form's behaviour: check with the shared zod schema first (instant messages, no
// round trip), then call the server action, which checks again and answers a FormState.
// Calling the action ourselves (not <form action>) keeps what the merchant typed: React
// resets a form after a form action, errors or not.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/auth/schemas";
import { emptyFormState, type FormState } from "@/lib/shops/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

function focusFirstError(form: HTMLFormElement | null, fields: FormState["fields"]) {
  const first = Object.keys(fields).find((name) => fields[name]);
  const element = first && form ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLElement) element.focus();
}

export function useShopForm(schema: z.ZodType, action: Action) {
  const [serverState, formAction, pending] = useActionState(action, emptyFormState);
  const [clientState, setClientState] = useState<FormState | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => focusFirstError(formRef.current, serverState.fields), [serverState]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = schema.safeParse(Object.fromEntries(data));
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      setClientState({ fields });
      focusFirstError(form, fields);
      return;
    }
    setClientState(null);
    startTransition(() => formAction(data));
  }

  return { problems: clientState ?? serverState, serverState, pending, onSubmit, formRef };
}
