"use server";
// The order page's forms, for owners and staff ("orders"). Only actions live here: every export
// is a public endpoint; merchantAction checks the caller and takes the shop from that check, so
// another shop's order id is "not found". The logic is in lib/orders.
import { refresh } from "next/cache";
import { merchantAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { addOrderNote, cancelOrder, fulfilOrder, markDelivered } from "@/lib/orders/after-sale";
import { refundOrder } from "@/lib/orders/refunds";
import { productsChanged } from "@/lib/orders/status";

/** The form's "qty.<orderLineId>" inputs as lines. */
function quantities(data: FormData) {
  return [...data.entries()].flatMap(([key, value]) => (key.startsWith("qty.") ? [{ orderLineId: key.slice(4), quantity: String(value) }] : []));
}
const text = (data: FormData, key: string) => String(data.get(key) ?? "");

export const fulfilOrderAction = merchantAction("orders", async ({ actor }, orderId: string, _state: FormState, data: FormData) => {
  const result = await fulfilOrder(db, actor, String(orderId), {
    lines: quantities(data),
    carrier: text(data, "carrier"),
    trackingNumber: text(data, "trackingNumber"),
    trackingUrl: text(data, "trackingUrl"),
  });
  refresh();
  return result.mailed ? "Fulfilled. The shopper was mailed." : "Fulfilled. The shipment mail could not be sent.";
});

export const markDeliveredAction = merchantAction("orders", async ({ actor }, orderId: string) => {
  await markDelivered(db, actor, String(orderId));
  refresh();
  return "Marked delivered.";
});

export const cancelOrderAction = merchantAction("orders", async ({ actor }, orderId: string) => {
  const { refunded } = await cancelOrder(db, actor, String(orderId));
  await productsChanged(db, actor.shopId, String(orderId));
  refresh();
  return refunded ? "Order cancelled and refunded." : "Order cancelled.";
});

export const refundOrderAction = merchantAction("orders", async ({ actor }, orderId: string, _state: FormState, data: FormData) => {
  const restock = data.get("restock") === "on";
  await refundOrder(db, actor, String(orderId), {
    lines: quantities(data),
    shipping: data.get("shipping") === "on",
    restock,
    reason: text(data, "reason"),
  });
  if (restock) await productsChanged(db, actor.shopId, String(orderId));
  refresh();
  return "Refunded.";
});

export const addOrderNoteAction = merchantAction("orders", async ({ actor }, orderId: string, _state: FormState, data: FormData) => {
  await addOrderNote(db, actor, String(orderId), { body: text(data, "body") });
  refresh();
  return "Note added.";
});
