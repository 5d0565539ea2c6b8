"use server";
// The after-sales request page's forms, for owners and staff ("orders"). Only actions live here:
// merchantAction checks the caller and takes the shop from that check, so another shop's
// request id is "not found". The logic is in lib/orders/after-sales-requests.ts.
import { refresh } from "next/cache";
import { merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { acceptAfterSalesRequest, completeAfterSalesRequest, rejectAfterSalesRequest } from "@/lib/orders/after-sales-requests";
import { productsChanged } from "@/lib/orders/status";

const text = (data: FormData, key: string) => String(data.get(key) ?? "");
const mailed = (sent: boolean) => (sent ? " The shopper was mailed." : " The mail to the shopper could not be sent.");

export const acceptRequestAction = merchantAction("orders", async ({ actor }, requestId: string, _state: FormState, data: FormData) => {
  const result = await acceptAfterSalesRequest(db, actor, String(requestId), { returnInstructions: text(data, "returnInstructions") });
  refresh();
  return "Request accepted." + mailed(result.mailed);
});

export const rejectRequestAction = merchantAction("orders", async ({ actor }, requestId: string, _state: FormState, data: FormData) => {
  const result = await rejectAfterSalesRequest(db, actor, String(requestId), { rejectionReason: text(data, "rejectionReason") });
  refresh();
  return "Request rejected." + mailed(result.mailed);
});

export const completeRequestAction = merchantAction("orders", async ({ actor }, requestId: string, _state: FormState, data: FormData) => {
  const result = await completeAfterSalesRequest(db, actor, String(requestId), { restock: data.get("restock") === "on", resolution: text(data, "resolution") });
  if (result.restocked) await productsChanged(db, actor.shopId, result.orderId);
  refresh();
  return "Request completed." + mailed(result.mailed);
});
