"use client";
// Creates a collection (title, optional handle) or edits one (plus description and the
// featured flag). Checked with the catalogue's own rules first, then by the server action.
import { CheckboxField, Field, FormAlert, SavedNote, TextAreaField } from "@/components/forms/fields";
import { SubmitButton, useShopForm } from "@/components/forms/form";
import { z } from "zod";
import { MAX_HANDLE_LENGTH } from "@/lib/catalog/handles";
import { collectionInputSchema, handleSchema } from "@/lib/catalog/schemas";
import type { FormState } from "@/lib/core/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Collection = { title: string; handle: string; description: string; featured: boolean };

const formSchema = z.object({ title: collectionInputSchema.shape.title, handle: handleSchema });
const HANDLE_HINT = "Its address in your shop: lowercase letters, digits and dashes. Leave empty to make one from the title.";

export function CollectionForm({ action, collection }: { action: Action; collection?: Collection }) {
  const { problems, pending, onSubmit, formRef } = useShopForm(formSchema, action);
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="title" label="Title" required maxLength={200} defaultValue={collection?.title} error={problems.fields.title} />
        <Field
          name="handle"
          label="Handle"
          maxLength={MAX_HANDLE_LENGTH}
          defaultValue={collection?.handle}
          error={problems.fields.handle}
          hint={HANDLE_HINT}
          autoCapitalize="none"
          spellCheck={false}
        />
      </div>
      {collection && (
        <>
          <TextAreaField
            name="description"
            label="Description"
            maxLength={5000}
            defaultValue={collection.description}
            error={problems.fields.description}
            hint="Shown at the top of the collection's page."
          />
          <CheckboxField name="featured" label="Featured on the shop's home page" defaultChecked={collection.featured} error={problems.fields.featured} />
        </>
      )}
      <div className="space-y-2 sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel={collection ? "Saving…" : "Creating…"}>
          {collection ? "Save collection" : "Create collection"}
        </SubmitButton>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
