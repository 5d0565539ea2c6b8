"use server";
// Shipping rates, owners only (they are shop settings). Only actions live here: every export
// is a public endpoint, and merchantAction checks the caller and takes the shop from that
// check, never from the request; another shop's rate ids are "not found".
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { createShippingRate, deleteShippingRate, setShippingRateEnabled, updateShippingRate } from "@/lib/shipping/rates";

export const createShippingRateAction = merchantAction("settings", async ({ actor, shop }, _state: FormState, data: FormData) => {
  const { name } = await createShippingRate(db, actor, Object.fromEntries(data));
  redirect(`/dashboard/${shop.slug}/shipping?created=${encodeURIComponent(name)}`);
});

export const updateShippingRateAction = merchantAction("settings", async ({ actor }, rateId: string, _state: FormState, data: FormData) => {
  const { name, changed } = await updateShippingRate(db, actor, rateId, Object.fromEntries(data));
  refresh();
  return changed.length ? `${name} saved.` : "Nothing changed.";
});

export const setShippingRateEnabledAction = merchantAction("settings", async ({ actor }, rateId: string, enabled: boolean) => {
  const { name } = await setShippingRateEnabled(db, actor, rateId, enabled === true);
  refresh();
  return enabled === true ? `${name} is offered at checkout.` : `${name} is no longer offered.`;
});

export const deleteShippingRateAction = merchantAction("settings", async ({ actor, shop }, rateId: string, backToList: boolean) => {
  const { name } = await deleteShippingRate(db, actor, rateId);
  if (backToList === true) redirect(`/dashboard/${shop.slug}/shipping?deleted=1`);
  refresh();
  return `${name} deleted.`;
});
