// What the checkout's "Pay" action answers when it can't send the shopper on to pay: the form
// state of every action (messages by field: "email", "shippingAddress.city", "shippingRateId",
// "discountCodes", "lines.<cartLineId>"; "form" for the whole form), and whether the order
// summary must be fetched again (stock or codes changed).
import type { FormState } from "@/lib/core/form-state";

export type PlaceOrderState = FormState & { refresh: boolean };

export const NOTHING_PLACED: PlaceOrderState = { fields: {}, refresh: false };
