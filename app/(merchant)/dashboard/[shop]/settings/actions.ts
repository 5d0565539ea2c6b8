"use server";
// Settings of a shop, owners only. Only actions live here: every export is a public endpoint,
// and merchantAction checks the caller and takes the shop from that check, never from the form.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startStripeOnboarding } from "@/lib/payments/stripe-connect";
import { changeShopSlug, updateShopSettings } from "@/lib/shops/shops";

export const updateSettingsAction = merchantAction("settings", async ({ actor, changed }, _state: FormState, data: FormData) => {
  const { changed: fields } = await updateShopSettings(db, actor, Object.fromEntries(data));
  if (fields.length) changed();
  refresh(); // the frame shows the name and status: render it again
  return "Settings saved.";
});

export const changeSlugAction = merchantAction("settings", async ({ actor, shop, changed }, _state: FormState, data: FormData) => {
  const moved = await changeShopSlug(db, actor, Object.fromEntries(data));
  if (!moved.changed) return "The address is unchanged.";
  // Both addresses: the old one now leads nowhere, the new one may be cached as "no such shop".
  changed({ slug: shop.slug });
  changed({ slug: moved.slug });
  redirect(`/dashboard/${moved.slug}/settings`);
});

/** "Connect Stripe": the shop's connected account (created once), then on to Stripe's onboarding. */
export const connectStripeAction = merchantAction("settings", async ({ actor, shop }) => {
  const back = `${env().APP_URL}/dashboard/${shop.slug}/settings`;
  const { url } = await startStripeOnboarding(db, actor, {
    refreshUrl: `${back}?stripe=expired#payments`,
    returnUrl: `${back}?stripe=returned#payments`,
  });
  redirect(url);
});
