// Fixtures for the cart and checkout integration tests: an open shop, products with stock,
// shipping rates, discount codes, carts and shoppers — each test builds its own.
import { randomBytes } from "node:crypto";
import type { CurrentUser } from "@/app/_entry/session";
import { addLine, createCart } from "@/lib/cart/cart";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const suffix = () => randomBytes(4).toString("hex");

export async function makeOpenShop(data: Partial<Prisma.ShopUncheckedCreateInput> = {}) {
  const slug = `shop-${suffix()}`;
  return db.shop.create({ data: { slug, name: slug, currency: "EUR", status: "ACTIVE", ...data } });
}

export async function makeUser(email = `shopper-${suffix()}@example.com`) {
  return db.user.create({ data: { id: `user_${suffix()}`, name: "Shopper", email } });
}

/** A user with `role` in the shop, as the session fake signs them in (tests/support/session.ts). */
export async function makeMember(shopId: string, role: "OWNER" | "STAFF" = "OWNER"): Promise<CurrentUser> {
  const user = await db.user.create({
    data: { id: `user_${suffix()}`, name: `Member ${suffix()}`, email: `member-${suffix()}@example.test` },
    select: { id: true, name: true, email: true, role: true },
  });
  await db.shopMember.create({ data: { shopId, userId: user.id, role } });
  return user;
}

type VariantData = { priceAmount?: number; stock?: number; trackStock?: boolean; title?: string; sku?: string };

/** A product with one variant per entry (default: one €20 variant with 10 in stock). */
export async function makeProduct(
  shopId: string,
  options: { title?: string; status?: "ACTIVE" | "DRAFT" | "ARCHIVED"; variants?: VariantData[]; collectionIds?: string[] } = {},
) {
  const product = await db.product.create({
    data: { shopId, handle: `p-${suffix()}`, title: options.title ?? "Tee", status: options.status ?? "ACTIVE" },
  });
  const variants = [];
  for (const [i, v] of (options.variants ?? [{}]).entries()) {
    variants.push(
      await db.variant.create({
        data: {
          shopId,
          productId: product.id,
          title: v.title ?? "Default",
          sku: v.sku,
          priceAmount: v.priceAmount ?? 2000,
          stock: v.stock ?? 10,
          trackStock: v.trackStock ?? true,
          position: i,
        },
      }),
    );
  }
  for (const collectionId of options.collectionIds ?? []) {
    await db.collectionProduct.create({ data: { shopId, collectionId, productId: product.id } });
  }
  return { product, variants, variant: variants[0] };
}

/** A variant of its own product: the shortest way to "an item with N in stock". */
export async function makeVariant(shopId: string, data: VariantData = {}) {
  return (await makeProduct(shopId, { variants: [data] })).variant;
}

export async function makeCollection(shopId: string) {
  return db.collection.create({ data: { shopId, handle: `c-${suffix()}`, title: "Summer" } });
}

export function makeShippingRate(shopId: string, data: Partial<Prisma.ShippingRateUncheckedCreateInput> = {}) {
  return db.shippingRate.create({ data: { shopId, name: "Standard", amount: 500, countries: [], ...data } });
}

export function makeDiscount(shopId: string, data: Partial<Prisma.DiscountUncheckedCreateInput> & { code: string }) {
  return db.discount.create({ data: { shopId, type: "PERCENTAGE", value: 1000, ...data, code: data.code.toUpperCase() } });
}

/** A guest cart (or the user's) holding these lines. */
export async function cartWith(shopId: string, lines: { variantId: string; quantity: number }[], userId?: string) {
  const cart = await createCart(db, shopId, { userId });
  for (const line of lines) await addLine(db, shopId, cart.id, line, userId);
  return cart.id;
}

export const ADDRESS = { name: "Ada Lovelace", line1: "12 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR" };

export function checkoutInput(
  shopId: string,
  cartId: string,
  shippingRateId: string,
  extra: { email?: string; discountCodes?: string[]; userId?: string } = {},
) {
  return {
    shopId,
    cartId,
    shippingRateId,
    email: extra.email ?? `buyer-${suffix()}@example.com`,
    shippingAddress: ADDRESS,
    discountCodes: extra.discountCodes ?? [],
    userId: extra.userId,
  };
}

export async function stockOf(variantId: string) {
  return db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true, reserved: true } });
}

/** Settles every promise; the fulfilled values and the rejection reasons, apart. */
export async function settle<T>(promises: Promise<T>[]) {
  const results = await Promise.allSettled(promises);
  return {
    fulfilled: results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : [])),
    rejected: results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : [])),
  };
}
