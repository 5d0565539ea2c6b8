"use server";
// The checkout page's "Pay": on to the payment provider's page, or back to the form with a
// message per field (lib/orders/place-order.ts does the work, checks included).
import { redirect } from "next/navigation";
import { z } from "zod";
import type { PlaceOrderState } from "@/components/checkout/place-order-state";
import { placeOrderSchema, placeShopperOrder } from "@/lib/orders/place-order";

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "region", "postalCode", "country", "phone"] as const;

export async function placeOrder(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const field = (name: string) => formData.get(name) ?? undefined;
  const shopId = z.string().min(1).max(64).safeParse(formData.get("shopId"));
  const input = placeOrderSchema.safeParse({
    email: field("email"),
    shippingRateId: field("shippingRateId"),
    discountCodes: formData.getAll("discountCodes"),
    shippingAddress: Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, field(name)])),
  });
  if (!shopId.success || !input.success) return { errors: { form: "Something in the form is too long or missing. Check it and try again." }, refresh: false };
  const placed = await placeShopperOrder(shopId.data, input.data);
  if (!placed.ok) return { errors: placed.errors, refresh: placed.refresh };
  redirect(placed.redirectUrl);
}
