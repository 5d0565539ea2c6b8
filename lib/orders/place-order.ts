// "Pay", shared by the checkout page's server action and the checkout API: the shopper's cart
// becomes a pending order holding its stock (startCheckout prices it from the database), and
// the answer is where to send the shopper (the payment provider's page).
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { priceCart } from "@/lib/cart/price-cart";
import { forgetShopperCart, shopperCart } from "@/lib/cart/shopper-cart";
import { storefrontChanged } from "@/lib/catalog/cache";
import { addressSchema } from "@/lib/checkout/address";
import { startCheckout } from "@/lib/checkout/checkout";
import { MAX_CODES } from "@/lib/checkout/discounts";
import { CheckoutError, fieldErrors, SHOP_CLOSED } from "@/lib/checkout/errors";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { checkoutCookie } from "./checkout-cookie";
import { orderStatusPath } from "./link";
import { afterSettlement } from "./settled";

const text = (max: number) => z.string().max(max).default("");

/** Only shapes and sizes: the values are checked below and by startCheckout, with a message per field. */
export const placeOrderSchema = z.object({
  email: text(320),
  shippingRateId: text(64),
  discountCodes: z.array(z.string().max(64)).max(MAX_CODES).default([]),
  shippingAddress: z
    .object({
      name: text(200),
      line1: text(300),
      line2: text(300),
      city: text(200),
      region: text(200),
      postalCode: text(40),
      country: text(8),
      phone: text(64),
    })
    .default({ name: "", line1: "", line2: "", city: "", region: "", postalCode: "", country: "", phone: "" }),
});

export type PlaceOrderInput = z.output<typeof placeOrderSchema>;

export type Placed =
  | { ok: true; orderId: string; orderNumber: number; totalAmount: number; currency: string; redirectUrl: string }
  | { ok: false; status: number; errors: Record<string, string>; refresh: boolean };

const refused = (status: number, errors: Record<string, string>, refresh = false): Placed => ({ ok: false, status, errors, refresh });

const emailSchema = z.string().trim().pipe(z.email().max(254));

/** Every field's problem at once (startCheckout stops at the first part that is wrong). */
function formProblems(input: PlaceOrderInput): Record<string, string> {
  const address = addressSchema.safeParse(input.shippingAddress);
  return {
    ...(emailSchema.safeParse(input.email).success ? {} : { email: "Enter a valid email address." }),
    ...(address.success ? {} : fieldErrors(address.error, "shippingAddress.")),
    ...(input.shippingRateId ? {} : { shippingRateId: "Choose a shipping option." }),
  };
}

export async function placeShopperOrder(shopId: string, input: PlaceOrderInput): Promise<Placed> {
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { id: true, slug: true, status: true } });
  if (!shop) return refused(404, { form: "Shop not found." });
  if (shop.status !== "ACTIVE") return refused(409, { form: SHOP_CLOSED });
  const { cartId, userId } = await shopperCart(shop.id);
  const cart = cartId ? await priceCart(db, shop.id, cartId, userId) : null;
  if (!cartId || !cart?.lines.length) return refused(409, { form: "Your cart is empty." }, true);
  const problems = formProblems(input);
  if (Object.keys(problems).length) return refused(400, problems);

  const base = `${env().APP_URL}/s/${shop.slug}/checkout`;
  let started;
  try {
    started = await startCheckout(db, { ...input, shopId: shop.id, cartId, userId }, { successUrl: `${base}/success`, cancelUrl: `${base}/cancel` });
  } catch (error) {
    if (!(error instanceof CheckoutError)) throw error;
    // Stock or codes moved since the summary was priced: the form shows it again as it is now.
    return refused(error.status, error.fields, ["out_of_stock", "unavailable", "discount", "not_found"].includes(error.code));
  }

  // Units are now held for this order: product pages show the new stock.
  storefrontChanged(shop.id, { productIds: [...new Set(cart.lines.map((l) => l.productId))] });
  const placed = {
    ok: true as const,
    orderId: started.orderId,
    orderNumber: started.orderNumber,
    totalAmount: started.totalAmount,
    currency: started.currency,
  };
  if (started.provider === "free") {
    // Nothing to pay: startCheckout already completed the order.
    await afterSettlement(db, { outcome: "paid", orderId: started.orderId, shopId: shop.id });
    await forgetShopperCart(shop.id, cartId);
    return { ...placed, redirectUrl: orderStatusPath(shop.slug, started.orderId) };
  }
  // The provider's return pages (Stripe) find the order by this cookie, signed like the status link.
  (await cookies()).set(checkoutCookie.name(shop.id), checkoutCookie.value(started.orderId), checkoutCookie.options());
  return { ...placed, redirectUrl: started.redirectUrl };
}
