"use server";
// Settings of a shop, owners only. Only actions live here: every export is a public endpoint,
// so each one checks access itself and takes the shop from that check, never from the form.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { storefrontChanged } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startStripeOnboarding } from "@/lib/payments/stripe-connect";
import { requireShopAccess, shopActor } from "@/lib/shops/access";
import { toFormState } from "@/lib/shops/errors";
import type { FormState } from "@/lib/shops/form-state";
import { changeShopSlug, updateShopSettings } from "@/lib/shops/shops";

export async function updateSettingsAction(slug: string, _state: FormState, data: FormData): Promise<FormState> {
  const access = await requireShopAccess(slug, "settings");
  try {
    const { changed } = await updateShopSettings(db, shopActor(access), Object.fromEntries(data));
    if (changed.length) storefrontChanged(access.shop.id);
  } catch (error) {
    return toFormState(error);
  }
  refresh(); // the frame shows the name and status: render it again
  return { fields: {}, saved: "Settings saved.", at: Date.now() };
}

export async function changeSlugAction(slug: string, _state: FormState, data: FormData): Promise<FormState> {
  const access = await requireShopAccess(slug, "settings");
  let moved: { slug: string; changed: boolean };
  try {
    moved = await changeShopSlug(db, shopActor(access), Object.fromEntries(data));
  } catch (error) {
    return toFormState(error);
  }
  if (!moved.changed) return { fields: {}, saved: "The address is unchanged.", at: Date.now() };
  // Both addresses: the old one now leads nowhere, the new one may be cached as "no such shop".
  storefrontChanged(access.shop.id, { slug: access.shop.slug });
  storefrontChanged(access.shop.id, { slug: moved.slug });
  redirect(`/dashboard/${moved.slug}/settings`);
}

/** "Connect Stripe": the shop's connected account (created once), then on to Stripe's onboarding. */
export async function connectStripeAction(slug: string): Promise<FormState> {
  const access = await requireShopAccess(slug, "settings");
  const back = `${env().APP_URL}/dashboard/${access.shop.slug}/settings`;
  let url: string;
  try {
    ({ url } = await startStripeOnboarding(db, shopActor(access), {
      refreshUrl: `${back}?stripe=expired#payments`,
      returnUrl: `${back}?stripe=returned#payments`,
    }));
  } catch (error) {
    return toFormState(error);
  }
  redirect(url);
}
