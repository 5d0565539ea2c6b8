"use client";
// Publish: records the next version under the SemVer name the merchant gives (the next patch
// is suggested).
import { FormAlert, SavedNote } from "@/components/forms/fields";
import { Field } from "@/components/forms/fields";
import { useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { publishSchema } from "@/lib/miniapp/forms";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; suggested: string; nextCode: number };

export function PublishForm({ action, suggested, nextCode }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(publishSchema, action);
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-3">
      <FormAlert message={problems.form} />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          name="name"
          label="Version name"
          defaultValue={suggested}
          key={suggested}
          required
          error={problems.fields.name}
          hint={`SemVer (MAJOR.MINOR.PATCH). It is published as version code ${nextCode}.`}
          className="min-w-48 flex-1"
        />
        <button
          type="submit"
          disabled={pending}
          className="mb-[1px] rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? "Publishing…" : "Publish"}
        </button>
      </div>
      <SavedNote message={problems.saved} />
    </form>
  );
}
