// The cart as the shopper sees it: every price read from the database now, and per line
// whether the quantity can be bought ("Only 2 left", "Sold out", "No longer available").
import "server-only";
import type { Db } from "@/lib/checkout/db";
import { availableUnits, lineProblem, type LineProblem } from "./availability";

export type PricedCartLine = {
  id: string;
  variantId: string;
  productId: string;
  handle: string;
  title: string;
  variantTitle: string;
  sku: string | null;
  imageUrl: string | null;
  collectionIds: string[];
  unitPriceAmount: number;
  compareAtAmount: number | null;
  quantity: number;
  lineAmount: number; // unit × quantity, before discounts
  available: number | null; // null: stock not tracked
  problem: LineProblem | null;
};

export type PricedCart = {
  id: string;
  currency: string;
  pricesIncludeTax: boolean;
  lines: PricedCartLine[];
  subtotalAmount: number; // lines that can still be bought, before discounts
  itemCount: number;
  canCheckout: boolean; // not empty and no line has a problem
};

export async function priceCart(db: Db, shopId: string, cartId: string, userId?: string | null): Promise<PricedCart | null> {
  const cart = await db.cart.findFirst({
    where: { id: cartId, shopId },
    select: {
      id: true,
      userId: true,
      shop: { select: { currency: true, pricesIncludeTax: true } },
      lines: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          quantity: true,
          variant: {
            select: {
              id: true, title: true, sku: true, priceAmount: true, compareAtAmount: true, trackStock: true, stock: true, reserved: true, productId: true,
              product: {
                select: {
                  handle: true, title: true, status: true,
                  collections: { select: { collectionId: true } },
                  images: { orderBy: { position: "asc" }, take: 1, select: { url: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!cart || (cart.userId && cart.userId !== userId)) return null;
  const lines = cart.lines.map(({ id, quantity, variant: v }): PricedCartLine => ({
    id,
    variantId: v.id,
    productId: v.productId,
    handle: v.product.handle,
    title: v.product.title,
    variantTitle: v.title,
    sku: v.sku,
    imageUrl: v.product.images[0]?.url ?? null,
    collectionIds: v.product.collections.map((c) => c.collectionId),
    unitPriceAmount: v.priceAmount,
    compareAtAmount: v.compareAtAmount,
    quantity,
    lineAmount: v.priceAmount * quantity,
    available: availableUnits(v),
    problem: lineProblem({ ...v, productStatus: v.product.status }, quantity),
  }));
  const buyable = lines.filter((l) => l.problem?.code !== "unavailable");
  return {
    id: cart.id,
    currency: cart.shop.currency,
    pricesIncludeTax: cart.shop.pricesIncludeTax,
    lines,
    subtotalAmount: buyable.reduce((sum, l) => sum + l.lineAmount, 0),
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    canCheckout: lines.length > 0 && lines.every((l) => !l.problem),
  };
}
