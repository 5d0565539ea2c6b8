// Connecting a shop to Stripe: a connected account per shop (created once), then an
// onboarding link where the merchant fills in their business details on Stripe.
// The caller checks that the actor may change the shop's payments (owner only).
import "server-only";
import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/log";
import type { Db } from "@/lib/core/db";
import { env } from "@/lib/env";
import { ShopError } from "@/lib/shops/errors";
import { stripeClient } from "./stripe";

export type OnboardingShop = { id: string; stripeAccountId: string | null; contactEmail?: string | null };

export async function createOnboardingLink(
  db: Db,
  shop: OnboardingShop,
  urls: { refreshUrl: string; returnUrl: string },
  options: { stripe?: Stripe; accountType?: "standard" | "express"; actorId?: string | null } = {},
): Promise<{ url: string; accountId: string }> {
  const stripe = options.stripe ?? stripeClient();
  let accountId = shop.stripeAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create(
      { type: options.accountType ?? "standard", ...(shop.contactEmail ? { email: shop.contactEmail } : {}), metadata: { shopId: shop.id } },
      { idempotencyKey: `account:${shop.id}` }, // two clicks create one account
    );
    // Stored only if the shop still has none; otherwise someone else connected first.
    const { count } = await db.shop.updateMany({
      where: { id: shop.id, stripeAccountId: null },
      data: { stripeAccountId: account.id, stripeChargesEnabled: account.charges_enabled ?? false, stripeDetailsSubmitted: account.details_submitted ?? false },
    });
    if (count) {
      accountId = account.id;
      await recordAudit(db, {
        shopId: shop.id,
        actorId: options.actorId,
        action: "shop.stripe_connected",
        targetType: "shop",
        targetId: shop.id,
        data: { accountId },
      });
    } else {
      accountId = (await db.shop.findUniqueOrThrow({ where: { id: shop.id }, select: { stripeAccountId: true } })).stripeAccountId!;
    }
  }
  const link = await stripe.accountLinks.create({ account: accountId, refresh_url: urls.refreshUrl, return_url: urls.returnUrl, type: "account_onboarding" });
  return { url: link.url, accountId };
}

export type StripeConnection = {
  /** STRIPE_SECRET_KEY is set: checkout takes card payments through Stripe, else the built-in test provider. */
  configured: boolean;
  accountId: string | null;
  chargesEnabled: boolean;
  detailsSubmitted: boolean;
};

/** The shop's Stripe account as account.updated last told us (no call to Stripe). */
export async function getStripeConnection(db: Db, shopId: string, configured = !!env().STRIPE_SECRET_KEY): Promise<StripeConnection> {
  const shop = await db.shop.findUniqueOrThrow({
    where: { id: shopId },
    select: { stripeAccountId: true, stripeChargesEnabled: true, stripeDetailsSubmitted: true },
  });
  return { configured, accountId: shop.stripeAccountId, chargesEnabled: shop.stripeChargesEnabled, detailsSubmitted: shop.stripeDetailsSubmitted };
}

/**
 * "Connect Stripe" in the shop's settings: the shop's account (created if missing), then a
 * fresh onboarding link on it. The caller checked the actor is an owner of `actor.shopId`.
 * Throws ShopError when Stripe isn't configured or refuses; the message is for the merchant.
 */
export async function startStripeOnboarding(
  db: Db,
  actor: { shopId: string; userId: string },
  urls: { refreshUrl: string; returnUrl: string },
  options: { stripe?: Stripe } = {},
) {
  if (!options.stripe && !env().STRIPE_SECRET_KEY)
    throw ShopError.invalid({ form: "Stripe isn't configured on this server: checkout uses the built-in test payment provider." });
  const shop = await db.shop.findUnique({ where: { id: actor.shopId }, select: { id: true, stripeAccountId: true, contactEmail: true } });
  if (!shop) throw ShopError.notFound();
  try {
    return await createOnboardingLink(db, shop, urls, { stripe: options.stripe, actorId: actor.userId });
  } catch (error) {
    console.error(`Stripe onboarding for shop ${shop.id} failed:`, error instanceof Error ? error.message : error);
    throw ShopError.invalid({ form: "Stripe didn't answer as expected. Please try again in a moment." });
  }
}
