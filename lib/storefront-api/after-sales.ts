// The Storefront API's after-sales requests (lib/orders/after-sales-requests.ts): read an order's
// requests with what each line may still be asked about, and ask for a refund, a return or an
// exchange. The order token the checkout answered is the access, as for GET …/orders/<token>.
// Photos are taken by the web form only (multipart); the API's requests carry none.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { checkoutCookie } from "@/lib/orders/checkout-cookie";
import { AFTER_SALES_KINDS, AFTER_SALES_REASONS } from "@/lib/orders/after-sales-options";
import { createAfterSalesRequest, orderAfterSales } from "@/lib/orders/after-sales-requests";
import { getShopperOrder } from "@/lib/orders/orders";

const KINDS = ["refund_only", "return_and_refund", "exchange"] as const;
const STATUSES = ["requested", "accepted", "completed", "rejected", "withdrawn"] as const;
const kindOf = (kind: (typeof AFTER_SALES_KINDS)[number]) => kind.toLowerCase() as (typeof KINDS)[number];
const text = (description: string) => z.string().nullable().meta({ description });

export const afterSalesRequestSchema = z
  .object({
    id: z.string(),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES).meta({ description: "requested → accepted → completed; or rejected; withdrawn by the shopper while requested." }),
    reason: z.enum(AFTER_SALES_REASONS),
    details: z.string(),
    lines: z.array(z.object({ lineId: z.string(), title: z.string(), variantTitle: z.string(), quantity: z.int().min(1) })),
    photoCount: z.int().min(0),
    returnInstructions: text("Where and how to send the items back (a return, once accepted)."),
    rejectionReason: text("Why the shop declined."),
    resolution: text("The shop's note on completing (an exchange: what is sent instead)."),
    createdAt: z.iso.datetime(),
    acceptedAt: z.iso.datetime().nullable(),
    rejectedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "AfterSalesRequest", description: "A shopper's request for a refund, a return and refund, or an exchange." });

export const afterSalesListSchema = z
  .object({
    canRequest: z.boolean().meta({ description: "The order is paid and some units are left to ask about." }),
    lines: z.array(
      z.object({
        id: z.string().meta({ description: "The order line's id: name it in a new request's lines." }),
        title: z.string(),
        variantTitle: z.string(),
        quantity: z.int().min(1),
        requestable: z.int().min(0).meta({ description: "Bought − refunded; 0 while an open request holds the line (one open request per line)." }),
      }),
    ),
    requests: z.array(afterSalesRequestSchema).meta({ description: "Newest first." }),
  })
  .meta({ id: "AfterSalesRequestList" });

export const createAfterSalesBody = z
  .object({
    kind: z.enum(KINDS),
    reason: z.enum(AFTER_SALES_REASONS),
    details: z.string().max(2000).optional(),
    lines: z
      .array(z.object({ lineId: z.string().min(1).max(64), quantity: z.int().min(1).max(10_000) }))
      .min(1)
      .max(200),
  })
  .strict()
  .meta({ id: "CreateAfterSalesRequest" });

type Shop = { id: string };

function orderIdOf(token: string) {
  const orderId = checkoutCookie.orderId(token);
  if (!orderId) throw AppError.notFound("order");
  return orderId;
}

export async function apiAfterSalesRequests(db: Db, shop: Shop, token: string): Promise<z.infer<typeof afterSalesListSchema>> {
  const order = await getShopperOrder(db, shop.id, orderIdOf(token));
  if (!order) throw AppError.notFound("order");
  const { requests, paid, requestable } = await orderAfterSales(db, shop.id, order.id);
  const lines = order.lines.map((l) => ({ id: l.id, title: l.title, variantTitle: l.variantTitle, quantity: l.quantity, requestable: requestable[l.id] ?? 0 }));
  return {
    canRequest: paid && lines.some((l) => l.requestable > 0),
    lines,
    requests: requests.map((r) => ({
      id: r.id,
      kind: kindOf(r.kind),
      status: r.status.toLowerCase() as (typeof STATUSES)[number],
      reason: r.reason as (typeof AFTER_SALES_REASONS)[number],
      details: r.details,
      lines: r.lines.map((l) => ({ lineId: l.orderLineId, title: l.orderLine.title, variantTitle: l.orderLine.variantTitle, quantity: l.quantity })),
      photoCount: r.photos.length,
      returnInstructions: r.returnInstructions || null,
      rejectionReason: r.rejectionReason || null,
      resolution: r.resolution || null,
      createdAt: r.createdAt.toISOString(),
      acceptedAt: r.acceptedAt?.toISOString() ?? null,
      rejectedAt: r.rejectedAt?.toISOString() ?? null,
      completedAt: r.completedAt?.toISOString() ?? null,
      withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    })),
  };
}

export async function apiCreateAfterSalesRequest(db: Db, shop: Shop, token: string, body: z.infer<typeof createAfterSalesBody>) {
  const orderId = orderIdOf(token);
  const { requestId } = await createAfterSalesRequest(
    db,
    shop.id,
    orderId,
    { token: token.slice(orderId.length + 1) },
    {
      kind: body.kind.toUpperCase(),
      reason: body.reason,
      details: body.details ?? "",
      lines: body.lines.map((l) => ({ orderLineId: l.lineId, quantity: l.quantity })),
    },
  );
  const { requests } = await apiAfterSalesRequests(db, shop, token);
  return requests.find((r) => r.id === requestId)!;
}
