"use server";
// Discount codes, for owners and staff. Only actions live here: every export is a public
// endpoint, so each checks access itself and takes the shop from that check, never from the
// request; ids of another shop's codes, products or collections are "not found".
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createDiscount, deleteDiscount, searchDiscountTargets, setDiscountEnabled, updateDiscount, type DiscountTarget } from "@/lib/discounts/discounts";
import { requireShopAccess, shopActor } from "@/lib/shops/access";
import { toFormState } from "@/lib/shops/errors";
import type { FormState } from "@/lib/shops/form-state";

const gate = async (slug: string) => shopActor(await requireShopAccess(slug, "discounts"));
const ok = (saved: string): FormState => ({ fields: {}, saved, at: Date.now() });

/** Creates a code, then shows the list with it. */
export async function createDiscountAction(slug: string, _state: FormState, data: FormData): Promise<FormState> {
  const actor = await gate(slug);
  let code: string;
  try {
    ({ code } = await createDiscount(db, actor, Object.fromEntries(data)));
  } catch (error) {
    return toFormState(error);
  }
  redirect(`/dashboard/${slug}/discounts?created=${encodeURIComponent(code)}`);
}

export async function updateDiscountAction(slug: string, discountId: string, _state: FormState, data: FormData): Promise<FormState> {
  const actor = await gate(slug);
  try {
    const { code, changed } = await updateDiscount(db, actor, discountId, Object.fromEntries(data));
    refresh();
    return ok(changed.length ? `${code} saved.` : "Nothing changed.");
  } catch (error) {
    return toFormState(error);
  }
}

export async function setDiscountEnabledAction(slug: string, discountId: string, enabled: boolean): Promise<FormState> {
  const actor = await gate(slug);
  try {
    const { code } = await setDiscountEnabled(db, actor, discountId, enabled === true);
    refresh();
    return ok(enabled === true ? `${code} enabled.` : `${code} disabled.`);
  } catch (error) {
    return toFormState(error);
  }
}

/** Deletes an unused code; from its own page, goes back to the list. */
export async function deleteDiscountAction(slug: string, discountId: string, backToList: boolean): Promise<FormState> {
  const actor = await gate(slug);
  let code: string;
  try {
    ({ code } = await deleteDiscount(db, actor, discountId));
  } catch (error) {
    return toFormState(error);
  }
  if (backToList === true) redirect(`/dashboard/${slug}/discounts?deleted=${encodeURIComponent(code)}`);
  refresh();
  return ok(`${code} deleted.`);
}

/** The form's picker: this shop's products or collections matching `query`. */
export async function searchDiscountTargetsAction(slug: string, kind: "products" | "collections", query: string): Promise<DiscountTarget[]> {
  const { shopId } = await gate(slug);
  if (kind !== "products" && kind !== "collections") return [];
  return searchDiscountTargets(db, shopId, kind, typeof query === "string" ? query : "");
}
