"use client";
// The merchant's own sites that may use the shop from a browser: the Storefront API's CORS
// and the embed's frame-ancestors. One origin per line.
import { FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { allowedOriginsFormSchema, MAX_ALLOWED_ORIGINS } from "@/lib/shops/origins";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; origins: string[] };

export function AllowedOriginsForm({ action, origins }: Props) {
  const { problems, serverState, pending, onSubmit, formRef } = useShopForm(allowedOriginsFormSchema, action);
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <TextAreaField
        name="allowedOrigins"
        label="Allowed origins"
        rows={4}
        spellCheck={false}
        autoCapitalize="none"
        placeholder="https://www.example.com"
        defaultValue={origins.join("\n")}
        hint={`One per line, as scheme://host[:port] (no path), at most ${MAX_ALLOWED_ORIGINS}. Pages on these sites may call the Storefront API from the browser and embed the shop.`}
        error={problems.fields.allowedOrigins}
      />
      <SavedNote message={serverState.saved} />
      <div className="sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save origins
        </SubmitButton>
      </div>
    </form>
  );
}
