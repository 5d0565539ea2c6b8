// The cart as the shopper sees it: every price read from the database now, and per line
// whether the quantity can be bought ("Only 2 left", "Sold out", "No longer available").
import "server-only";
import { fromJson, type Db } from "@/lib/core/db";
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

type Row = {
  id: string;
  userId: string | null;
  currency: string;
  pricesIncludeTax: boolean;
  lines:
    | {
        id: string;
        quantity: number;
        variantId: string;
        variantTitle: string;
        sku: string | null;
        priceAmount: number;
        compareAtAmount: number | null;
        trackStock: boolean;
        stock: number;
        reserved: number;
        productId: string;
        handle: string;
        title: string;
        productStatus: string;
        collectionIds: string[];
        imageUrl: string | null;
      }[]
    | string;
};

export async function priceCart(db: Db, shopId: string, cartId: string, userId?: string | null): Promise<PricedCart | null> {
  // One statement: the cart, its shop's currency and every line with its variant, product,
  // collections and first picture (the cart page and every cart API answer read this).
  const [cart] = await db.$queryRaw<Row[]>`
    SELECT c.id, c."userId", s.currency, s."pricesIncludeTax",
      COALESCE(json_agg(json_build_object(
        'id', l.id, 'quantity', l.quantity, 'variantId', v.id, 'variantTitle', v.title, 'sku', v.sku, 'priceAmount', v."priceAmount",
        'compareAtAmount', v."compareAtAmount", 'trackStock', v."trackStock", 'stock', v.stock, 'reserved', v.reserved, 'productId', v."productId",
        'handle', p.handle, 'title', p.title, 'productStatus', p.status,
        'collectionIds', COALESCE((SELECT json_agg(cp."collectionId") FROM "CollectionProduct" cp WHERE cp."productId" = p.id), '[]'::json),
        'imageUrl', (SELECT i.url FROM "ProductImage" i WHERE i."productId" = p.id ORDER BY i.position, i.id LIMIT 1)
      ) ORDER BY l."createdAt", l.id) FILTER (WHERE l.id IS NOT NULL), '[]'::json) AS lines
    FROM "Cart" c
    JOIN "Shop" s ON s.id = c."shopId"
    LEFT JOIN "CartLine" l ON l."cartId" = c.id
    LEFT JOIN "Variant" v ON v.id = l."variantId"
    LEFT JOIN "Product" p ON p.id = v."productId"
    WHERE c.id = ${cartId} AND c."shopId" = ${shopId}
    GROUP BY c.id, s.id`;
  if (!cart || (cart.userId && cart.userId !== userId)) return null;
  const rows = fromJson(cart.lines) as Exclude<Row["lines"], string>;
  const lines = rows.map((v): PricedCartLine => ({
    id: v.id,
    variantId: v.variantId,
    productId: v.productId,
    handle: v.handle,
    title: v.title,
    variantTitle: v.variantTitle,
    sku: v.sku,
    imageUrl: v.imageUrl,
    collectionIds: v.collectionIds,
    unitPriceAmount: v.priceAmount,
    compareAtAmount: v.compareAtAmount,
    quantity: v.quantity,
    lineAmount: v.priceAmount * v.quantity,
    available: availableUnits(v),
    problem: lineProblem(v, v.quantity),
  }));
  const buyable = lines.filter((l) => l.problem?.code !== "unavailable");
  return {
    id: cart.id,
    currency: cart.currency,
    pricesIncludeTax: cart.pricesIncludeTax,
    lines,
    subtotalAmount: buyable.reduce((sum, l) => sum + l.lineAmount, 0),
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    canCheckout: lines.length > 0 && lines.every((l) => !l.problem),
  };
}
