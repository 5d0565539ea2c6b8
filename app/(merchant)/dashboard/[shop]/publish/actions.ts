"use server";
// Publish page actions, owners only (the "settings" permission): publish a version, save the
// mini-program settings. Each is a public endpoint: merchantAction checks the caller.
import { refresh } from "next/cache";
import { merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { publishVersion, saveMiniappSettings } from "@/lib/miniapp/publish";
import { miniappSource, servedManifest } from "@/lib/miniapp/source";

export const publishAction = merchantAction(
  "settings",
  async ({ shop, actor }, _state: FormState, data: FormData) => {
    const { input } = await miniappSource(db, { id: shop.id }, { platformOrigin: new URL(env().APP_URL).origin });
    const version = await publishVersion(db, actor, { name: data.get("name") ?? "" }, (v) => servedManifest({ ...input, version: v }));
    refresh();
    return `Published version ${version.name} (code ${version.code}).`;
  },
  { inputs: ["name"] },
);

export const saveMiniappSettingsAction = merchantAction(
  "settings",
  async ({ actor }, _state: FormState, data: FormData) => {
    await saveMiniappSettings(db, actor, Object.fromEntries(data));
    refresh();
    return "Settings saved.";
  },
  { inputs: ["wechatAppId", "alipayAppId", "apiBaseUrl"] },
);
