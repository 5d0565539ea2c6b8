"use server";
// The checkout page's "Pay": on to the payment provider's page, or back to the form with a
// message per field in the shopper's language (lib/checkout/place-order.ts does the work,
// checks included). Bound by the page to its shop and language: (shopId, locale, state, form).
import { redirect } from "next/navigation";
import { actionLocale, dropCartCookie, rememberCheckout, shopperCart } from "@/app/_entry/storefront";
import type { PlaceOrderState } from "@/components/checkout/place-order-state";
import { placeOrder as placeShopperOrder } from "@/lib/checkout/place-order";
import { AppError } from "@/lib/core/errors";
import { toFormState } from "@/lib/core/respond";
import { db } from "@/lib/db/client";

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "region", "postalCode", "country", "phone"] as const;
// Stock, codes or the cart moved since the summary was priced: the form shows it again as it is now.
const REFRESH = new Set(["out_of_stock", "unavailable", "discount", "not_found", "conflict"]);

export async function placeOrder(shopId: unknown, locale: unknown, _previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const language = actionLocale(locale);
  const field = (name: string) => formData.get(name) ?? undefined;
  let placed;
  try {
    if (typeof shopId !== "string" || !shopId || shopId.length > 64) throw AppError.notFound("shop");
    const cart = await shopperCart(shopId);
    placed = await placeShopperOrder(db, shopId, cart, {
      email: field("email"),
      shippingRateId: field("shippingRateId"),
      discountCodes: formData.getAll("discountCodes"),
      shippingAddress: Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, field(name)])),
    });
    if (placed.paid) await dropCartCookie(shopId);
    else await rememberCheckout(shopId, placed.orderId);
  } catch (error) {
    return { ...toFormState(error, undefined, language), refresh: error instanceof AppError && REFRESH.has(error.code) };
  }
  redirect(placed.redirectUrl);
}
