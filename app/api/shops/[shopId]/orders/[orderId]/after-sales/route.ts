// POST the shopper's after-sales request (multipart: kind, reason, details, qty.<orderLineId>,
// photos, and the order link's token; or no token when signed in as the order's owner). Sent by
// XHR (its upload progress is shown): 201 { requestId }, or { error } in the shopper's language.
import { getCurrentUser } from "@/app/_entry/session";
import { storefrontRoute } from "@/app/_entry/storefront";
import { reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { readRequestForm } from "@/lib/orders/after-sales-photos";
import { createAfterSalesRequest } from "@/lib/orders/after-sales-requests";

export const POST = storefrontRoute<{ shopId: string; orderId: string }>(async ({ request, shopId, params }) => {
  const form = await readRequestForm(request);
  const user = await getCurrentUser();
  const created = await createAfterSalesRequest(db, shopId, String(params.orderId), { token: form.token, userId: user?.id }, form.input, form.photos);
  return reply(201, { requestId: created.requestId });
});
