// POST { reason, details?, productId? }: a shopper reports the shop or one of its products to
// the platform (no account needed; limited per client address). 201 { received: true }.
// The storefront's report page sends the same through a server action, so it works without JS.
import { storefrontRoute } from "@/app/_entry/storefront";
import { reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { submitReport } from "@/lib/moderation/reports";

export const POST = storefrontRoute(
  async ({ request, shopId, body }) => {
    await submitReport(db, shopId, body, clientAddress(request.headers));
    return reply(201, { received: true });
  },
  { findShop: false, body: "json" },
);
