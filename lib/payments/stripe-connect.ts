// Connecting a shop to Stripe: a connected account per shop (created once), then an
// onboarding link where the merchant fills in their business details on Stripe.
// The caller checks that the actor may change the shop's payments (owner only).
import "server-only";
import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/log";
import type { Db } from "@/lib/checkout/db";
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
      data: { stripeAccountId: account.id, stripeChargesEnabled: account.charges_enabled ?? false },
    });
    if (count) {
      accountId = account.id;
      await recordAudit(db, { shopId: shop.id, actorId: options.actorId, action: "shop.stripe_connected", targetType: "shop", targetId: shop.id, data: { accountId } });
    } else {
      accountId = (await db.shop.findUniqueOrThrow({ where: { id: shop.id }, select: { stripeAccountId: true } })).stripeAccountId!;
    }
  }
  const link = await stripe.accountLinks.create({ account: accountId, refresh_url: urls.refreshUrl, return_url: urls.returnUrl, type: "account_onboarding" });
  return { url: link.url, accountId };
}
