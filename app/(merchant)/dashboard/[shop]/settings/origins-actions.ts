"use server";
// The shop's allowed origins (Storefront API CORS, embed frame-ancestors), owners only.
import { merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { updateAllowedOrigins } from "@/lib/shops/allowed-origins";

export const updateAllowedOriginsAction = merchantAction(
  "settings",
  async ({ actor, changed }, _state: FormState, data: FormData) => {
    const result = await updateAllowedOrigins(db, actor, data.get("allowedOrigins"));
    if (!result.changed) return "Nothing changed.";
    changed(); // the API reads the list through the shop's cache entry
    return "Allowed origins saved.";
  },
  { inputs: ["allowedOrigins"] },
);
