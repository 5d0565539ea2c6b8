// Connecting a shop to Stripe: a connected account per shop (created once), then an
// onboarding link where the merchant fills in their business details on Stripe.
// Only owners ("settings") connect a shop: the role is checked again before Stripe is called
// and inside the transaction that stores the account.
import "server-only";
import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { stripeClient } from "./stripe";

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
 * fresh onboarding link on it. Throws AppError when the actor isn't an owner any more, or
 * when Stripe isn't configured or refuses; the message is for the merchant.
 */
export async function startStripeOnboarding(
  db: Db,
  actor: ShopActor,
  urls: { refreshUrl: string; returnUrl: string },
  options: { stripe?: Stripe; accountType?: "standard" | "express" } = {},
): Promise<{ url: string; accountId: string }> {
  if (!options.stripe && !env().STRIPE_SECRET_KEY)
    throw AppError.invalid({ form: "Stripe isn't configured on this server: checkout uses the built-in test payment provider." });
  const shop = await transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    return tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { id: true, stripeAccountId: true, contactEmail: true } });
  });
  const stripe = options.stripe ?? stripeClient();
  try {
    let accountId = shop.stripeAccountId;
    if (!accountId) {
      const account = await stripe.accounts.create(
        { type: options.accountType ?? "standard", ...(shop.contactEmail ? { email: shop.contactEmail } : {}), metadata: { shopId: shop.id } },
        { idempotencyKey: `account:${shop.id}` }, // two clicks create one account
      );
      accountId = await storeAccount(db, actor, account);
    }
    const link = await stripe.accountLinks.create({ account: accountId, refresh_url: urls.refreshUrl, return_url: urls.returnUrl, type: "account_onboarding" });
    return { url: link.url, accountId };
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error(`Stripe onboarding for shop ${shop.id} failed:`, error instanceof Error ? error.message : error);
    throw AppError.invalid({ form: "Stripe didn't answer as expected. Please try again in a moment." });
  }
}

/** Stores the new account if the shop still has none (else someone connected first: theirs stays); returns the shop's account. */
async function storeAccount(db: Db, actor: ShopActor, account: Stripe.Account): Promise<string> {
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    const { count } = await tx.shop.updateMany({
      where: { id: actor.shopId, stripeAccountId: null },
      data: { stripeAccountId: account.id, stripeChargesEnabled: account.charges_enabled ?? false, stripeDetailsSubmitted: account.details_submitted ?? false },
    });
    if (!count) return (await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { stripeAccountId: true } })).stripeAccountId!;
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shop.stripe_connected",
      targetType: "shop",
      targetId: actor.shopId,
      data: { accountId: account.id },
    });
    return account.id;
  });
}
