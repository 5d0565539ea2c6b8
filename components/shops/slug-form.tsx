"use client";
// Moving the shop to a new address, apart from the other settings because it breaks links.
import { Field, FormAlert } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { changeSlugSchema } from "@/lib/shops/schemas";

export function SlugForm({ action, slug }: { action: (state: FormState, data: FormData) => Promise<FormState>; slug: string }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(changeSlugSchema, action);
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Changing the address breaks every link to <strong>/s/{slug}</strong>: shared links, QR codes and bookmarks stop working and nothing redirects them.
      </p>
      <Field
        name="slug"
        label="Shop address"
        required
        maxLength={48}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={slug}
        hint="3–48 lower-case letters, digits and dashes."
        error={problems.fields.slug}
      />
      <div className="sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel="Changing…">
          Change address
        </SubmitButton>
      </div>
    </form>
  );
}
