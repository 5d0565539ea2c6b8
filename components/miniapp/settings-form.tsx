"use client";
// The mini-program settings: the super-apps' AppIDs (written into the generated projects) and
// the API base the packages call (empty: this platform).
import { Field, FormAlert, SavedNote } from "@/components/forms/fields";
import { useShopForm } from "@/components/forms/form";
import type { FormState } from "@/lib/core/form-state";
import { miniappSettingsSchema, type MiniappSettings } from "@/lib/miniapp/forms";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; settings: MiniappSettings; platformOrigin: string };

export function MiniappSettingsForm({ action, settings, platformOrigin }: Props) {
  const { problems, pending, onSubmit, formRef } = useShopForm(miniappSettingsSchema, action);
  const f = problems.fields;
  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="space-y-4">
      <FormAlert message={problems.form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="wechatAppId"
          label="WeChat AppID"
          defaultValue={settings.wechatAppId}
          error={f.wechatAppId}
          placeholder="wx0123456789abcdef"
          hint="Goes into project.config.json. Empty: the developer tool's test AppID."
        />
        <Field
          name="alipayAppId"
          label="Alipay AppID"
          defaultValue={settings.alipayAppId}
          error={f.alipayAppId}
          placeholder="2021001234567890"
          hint="16 digits, from the Alipay open platform."
        />
      </div>
      <Field
        name="apiBaseUrl"
        label="API base URL"
        type="url"
        defaultValue={settings.apiBaseUrl}
        error={f.apiBaseUrl}
        placeholder={platformOrigin}
        hint="Where the exported mini-programs call the Storefront API (a domain the super-app allows). Empty: this platform."
      />
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-teal-700 px-4 py-2 font-medium text-teal-800 hover:bg-teal-50 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
        <SavedNote message={problems.saved} />
      </div>
    </form>
  );
}
