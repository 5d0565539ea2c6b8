"use server";
// Shipping rates, owners only (they are shop settings). Only actions live here: every export
// is a public endpoint, so each checks access itself and takes the shop from that check,
// never from the request; another shop's rate ids are "not found".
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createShippingRate, deleteShippingRate, setShippingRateEnabled, updateShippingRate } from "@/lib/shipping/rates";
import { requireShopAccess, shopActor } from "@/lib/shops/access";
import { toFormState } from "@/lib/shops/errors";
import type { FormState } from "@/lib/shops/form-state";

const gate = async (slug: string) => shopActor(await requireShopAccess(slug, "settings"));
const ok = (saved: string): FormState => ({ fields: {}, saved, at: Date.now() });

export async function createShippingRateAction(slug: string, _state: FormState, data: FormData): Promise<FormState> {
  const actor = await gate(slug);
  let name: string;
  try {
    ({ name } = await createShippingRate(db, actor, Object.fromEntries(data)));
  } catch (error) {
    return toFormState(error);
  }
  redirect(`/dashboard/${slug}/shipping?created=${encodeURIComponent(name)}`);
}

export async function updateShippingRateAction(slug: string, rateId: string, _state: FormState, data: FormData): Promise<FormState> {
  const actor = await gate(slug);
  try {
    const { name, changed } = await updateShippingRate(db, actor, rateId, Object.fromEntries(data));
    refresh();
    return ok(changed.length ? `${name} saved.` : "Nothing changed.");
  } catch (error) {
    return toFormState(error);
  }
}

export async function setShippingRateEnabledAction(slug: string, rateId: string, enabled: boolean): Promise<FormState> {
  const actor = await gate(slug);
  try {
    const { name } = await setShippingRateEnabled(db, actor, rateId, enabled === true);
    refresh();
    return ok(enabled === true ? `${name} is offered at checkout.` : `${name} is no longer offered.`);
  } catch (error) {
    return toFormState(error);
  }
}

export async function deleteShippingRateAction(slug: string, rateId: string, backToList: boolean): Promise<FormState> {
  const actor = await gate(slug);
  let name: string;
  try {
    ({ name } = await deleteShippingRate(db, actor, rateId));
  } catch (error) {
    return toFormState(error);
  }
  if (backToList === true) redirect(`/dashboard/${slug}/shipping?deleted=1`);
  refresh();
  return ok(`${name} deleted.`);
}
