// What a checkout is asked with: whose cart (from the entry point, never from the request
// body) and what the shopper sent, checked once by checkoutFieldsSchema inside the checkout.
import { z } from "zod";
import { keyed } from "@/lib/core/errors";
import { addressSchema } from "./address";
import { MAX_CODES } from "./discounts";

const email = keyed("emailInvalid");
const rate = keyed("shippingRateRequired");

/** What the shopper sends, checked once and every field at once: the form shows each problem next to its input. */
export const checkoutFieldsSchema = z.object({
  email: z.string({ error: email }).max(320, email).trim().toLowerCase().pipe(z.email(email).max(254, email)),
  shippingAddress: z.preprocess((value) => value ?? {}, addressSchema),
  shippingRateId: z.string({ error: rate }).min(1, rate).max(64, rate),
  discountCodes: z
    .array(z.string(keyed("invalidInput")).max(64, keyed("invalidInput")), keyed("invalidInput"))
    .max(MAX_CODES, keyed("tooManyCodes"))
    .default([]),
});

export type CheckoutFields = z.output<typeof checkoutFieldsSchema>;

/** Whose cart (from the entry, never from the request body) and what the shopper sent, unchecked. */
export type StartCheckoutInput = {
  shopId: string;
  cartId: string | null;
  userId?: string | null;
} & { [K in keyof CheckoutFields]?: unknown };
