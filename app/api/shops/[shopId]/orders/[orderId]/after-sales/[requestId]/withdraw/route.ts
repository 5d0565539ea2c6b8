// POST { token }: the shopper withdraws a request the shop hasn't answered yet (the signed link's
// token, or none when signed in as the order's owner).
import { getCurrentUser } from "@/app/_entry/session";
import { storefrontRoute } from "@/app/_entry/storefront";
import { db } from "@/lib/db/client";
import { withdrawAfterSalesRequest } from "@/lib/orders/after-sales-requests";

type Params = { shopId: string; orderId: string; requestId: string };

export const POST = storefrontRoute<Params>(
  async ({ shopId, params, body }) => {
    const user = await getCurrentUser();
    const token = typeof body.token === "string" ? body.token : null;
    await withdrawAfterSalesRequest(db, shopId, String(params.orderId), String(params.requestId), { token, userId: user?.id });
    return { withdrawn: true };
  },
  { body: "json" },
);
