"use server";
// Discount codes, for owners and staff. Only actions live here: every export is a public
// endpoint, and merchantAction checks the caller and takes the shop from that check, never
// from the request; ids of another shop's codes, products or collections are "not found".
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { merchantCall, merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { createDiscount, deleteDiscount, searchDiscountTargets, setDiscountEnabled, updateDiscount, type DiscountTarget } from "@/lib/discounts/discounts";

/** Creates a code, then shows the list with it. */
export const createDiscountAction = merchantAction("discounts", async ({ actor, shop }, _state: FormState, data: FormData) => {
  const { code } = await createDiscount(db, actor, Object.fromEntries(data));
  redirect(`/dashboard/${shop.slug}/discounts?created=${encodeURIComponent(code)}`);
});

export const updateDiscountAction = merchantAction("discounts", async ({ actor }, discountId: string, _state: FormState, data: FormData) => {
  const { code, changed } = await updateDiscount(db, actor, discountId, Object.fromEntries(data));
  refresh();
  return changed.length ? `${code} saved.` : "Nothing changed.";
});

export const setDiscountEnabledAction = merchantAction("discounts", async ({ actor }, discountId: string, enabled: boolean) => {
  const { code } = await setDiscountEnabled(db, actor, discountId, enabled === true);
  refresh();
  return enabled === true ? `${code} enabled.` : `${code} disabled.`;
});

/** Deletes an unused code; from its own page, goes back to the list. */
export const deleteDiscountAction = merchantAction("discounts", async ({ actor, shop }, discountId: string, backToList: boolean) => {
  const { code } = await deleteDiscount(db, actor, discountId);
  if (backToList === true) redirect(`/dashboard/${shop.slug}/discounts?deleted=${encodeURIComponent(code)}`);
  refresh();
  return `${code} deleted.`;
});

/** The form's picker: this shop's products or collections matching `query`. */
export const searchDiscountTargetsAction = merchantCall(
  "discounts",
  async ({ shop }, kind: "products" | "collections", query: string): Promise<DiscountTarget[]> => {
    if (kind !== "products" && kind !== "collections") return [];
    return searchDiscountTargets(db, shop.id, kind, typeof query === "string" ? query : "");
  },
);
