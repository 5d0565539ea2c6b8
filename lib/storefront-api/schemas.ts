// The Storefront API's contract: every request part the routes validate and every body they
// answer, as zod schemas. The OpenAPI document (openapi.ts) is generated from these, the routes
// parse their input with them, and the integration tests check every answer against the
// document. Shapes are meant to stay: money is { amount, currency } in integer minor units,
// pictures carry their size and alt text, ids are opaque strings. Add fields; never rename.
import { z } from "zod";
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from "@/lib/cart/cart";
import { MAX_CODES } from "@/lib/checkout/discounts";
import { LOCALES } from "@/lib/i18n/locales";

export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

// ---------- Shared pieces ----------

/** A registered schema or null: a union, so the document keeps the $ref (`.nullable()` on a registered schema loses it or inlines it). */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const moneySchema = z
  .object({
    amount: z.int().meta({ description: "Integer amount in the currency's minor units (cents; yen have none).", example: 2450 }),
    currency: z.string().length(3).meta({ description: "ISO 4217 code.", example: "EUR" }),
  })
  .meta({ id: "Money", description: "An amount of money: integer minor units and the currency." });

export const imageSchema = z
  .object({
    url: z.url().meta({ description: "Absolute address of the picture (WebP).", example: "https://shop.example/uploads/images/3f2a.webp" }),
    alt: z.string().meta({ description: "Text alternative, as the merchant wrote it (may be empty)." }),
    width: z.int().min(0).meta({ description: "Width in pixels.", example: 1600 }),
    height: z.int().min(0).meta({ description: "Height in pixels.", example: 1200 }),
  })
  .meta({ id: "Image", description: "A picture with its size in pixels and its alt text." });

export const errorSchema = z
  .object({
    error: z.object({
      code: z
        .enum([
          "invalid",
          "unauthenticated",
          "forbidden",
          "not_found",
          "method_not_allowed",
          "conflict",
          "out_of_stock",
          "unavailable",
          "payload_too_large",
          "unsupported_media_type",
          "discount",
          "rate_limited",
          "payment",
          "internal",
        ])
        .meta({ description: "Stable, machine-readable code; the HTTP status follows from it." }),
      message: z.string().meta({ description: "What went wrong, in the language asked for with Accept-Language (en, fr, zh-CN)." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: 'A message per input field ("email", "shippingAddress.postalCode", "lines.<lineId>", "quantity").' }),
    }),
  })
  .meta({ id: "Error", description: "Every error answer has this shape." });

// ---------- Path, query and header parameters ----------

// Slugs, handles and ids are bounded so a 1 MB path segment is refused before any query.
const slug = z.string().min(1).max(64).meta({ description: "The shop's address, as in /s/<slug>.", example: "demo" });
const handle = z.string().min(1).max(200).meta({ description: "The product's handle, as in /s/<slug>/p/<handle>.", example: "linen-tote-bag" });

export const shopParams = z.object({ slug });
export const productParams = z.object({ slug, handle });
export const collectionParams = z.object({
  slug,
  handle: z.string().min(1).max(200).meta({ description: "The collection's handle.", example: "bags" }),
});
export const lineParams = z.object({ slug, lineId: z.string().min(1).max(64).meta({ description: "A cart line's id." }) });
export const codeParams = z.object({
  slug,
  code: z.string().min(1).max(64).meta({ description: "A discount code applied to the cart.", example: "WELCOME10" }),
});
export const orderParams = z.object({
  slug,
  orderToken: z.string().min(1).max(200).meta({ description: "The order token the checkout answered (signed; it is the only key to the order)." }),
});

export const PRODUCT_SORTS = ["relevance", "newest", "price_asc", "price_desc", "collection"] as const;

export const listProductsQuery = z.object({
  q: z.string().max(200).optional().meta({ description: "Search words; the same typo-tolerant search as the shop's search page." }),
  collection: z.string().min(1).max(200).optional().meta({ description: "Only products of the collection with this handle." }),
  sort: z.enum(PRODUCT_SORTS).optional().meta({
    description: "Order of the results. Default: relevance with `q`, the collection's own order with `collection`, else newest first.",
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .optional()
    .meta({ description: `Products per page (default ${DEFAULT_PAGE_SIZE}).` }),
  cursor: z.string().max(100).optional().meta({ description: "The `nextCursor` of the previous page, to get the next one." }),
});

export const shippingRatesQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code.")
    .transform((c) => c.toUpperCase())
    .meta({ description: "ISO 3166-1 alpha-2 code of the country to deliver to.", example: "FR" }),
});

export const CART_TOKEN_HEADER = "X-Cart-Token";

// ---------- Shop ----------

export const shopSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    currency: z.string().length(3).meta({ description: "Every price of the shop is in this currency." }),
    defaultLocale: z.enum(LOCALES).meta({ description: "The shop's own language." }),
    locales: z.array(z.enum(LOCALES)).meta({ description: "Languages messages can be asked in (Accept-Language)." }),
    theme: z.object({
      color: z
        .string()
        .regex(/^#[0-9a-f]{6}$/)
        .meta({ description: "Brand colour, #rrggbb.", example: "#0f766e" }),
      textOnColor: z
        .string()
        .regex(/^#[0-9a-f]{6}$/)
        .meta({ description: "Black or white, whichever reads better on the brand colour." }),
      logo: orNull(imageSchema),
      banner: orNull(imageSchema),
    }),
    policies: z.object({
      shipping: z.string().meta({ description: "Plain text, as the merchant wrote it." }),
      returns: z.string().meta({ description: "Plain text, as the merchant wrote it." }),
      contactEmail: z.string().nullable(),
    }),
    pricesIncludeTax: z.boolean(),
    takesOrders: z.boolean().meta({ description: "Whether carts and checkouts are open: false while the shop can't take payments." }),
    url: z.url().meta({ description: "The shop's web storefront." }),
  })
  .meta({ id: "Shop" });

// ---------- Products ----------

export const variantSchema = z
  .object({
    id: z.string().meta({ description: "Put this id in a cart line." }),
    title: z.string().meta({ example: "M / Terracotta" }),
    sku: z.string().nullable(),
    options: z.array(z.string()).meta({ description: "The variant's value for each of the product's options, in the options' order." }),
    price: moneySchema,
    compareAtPrice: orNull(moneySchema).meta({ description: "The former price, when the merchant set one (shown struck through when higher)." }),
    available: z.boolean().meta({ description: "Whether at least one unit can be bought now." }),
    quantityAvailable: z
      .int()
      .min(0)
      .nullable()
      .meta({ description: "Units that can still be bought; null when the merchant doesn't track stock (made to order)." }),
  })
  .meta({ id: "Variant" });

const priceRange = z.object({ min: moneySchema, max: moneySchema }).meta({ id: "PriceRange", description: "Lowest and highest variant price." });

const productBase = {
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  url: z.url().meta({ description: "The product's page on the web storefront." }),
  image: orNull(imageSchema).meta({ description: "The first picture." }),
  priceRange,
  compareAtPrice: orNull(moneySchema).meta({ description: "The former price of the cheapest variant, when it has one." }),
  available: z.boolean().meta({ description: "Whether any variant can be bought now." }),
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })).meta({ description: 'e.g. [{ "name": "Size", "values": ["S", "M"] }].' }),
  variants: z.array(variantSchema),
};

export const productSummarySchema = z.object(productBase).meta({ id: "ProductSummary", description: "A product as lists show it, with its variants." });

export const productSchema = z
  .object({
    ...productBase,
    description: z.string().meta({ description: "Markdown, as the merchant wrote it." }),
    descriptionHtml: z.string().meta({ description: "The description as sanitised HTML (basic formatting and links only)." }),
    tags: z.array(z.string()),
    images: z.array(imageSchema),
  })
  .meta({ id: "Product" });

export const productListSchema = z
  .object({
    products: z.array(productSummarySchema),
    total: z.int().min(0).meta({ description: "Products matching, over every page." }),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    fuzzy: z.boolean().meta({ description: "True when no product matched the words of `q` and these are close matches of the title." }),
  })
  .meta({ id: "ProductList" });

export const collectionSchema = z
  .object({ id: z.string(), handle: z.string(), title: z.string(), description: z.string() })
  .meta({ id: "Collection", description: "List its products with GET …/products?collection=<handle>." });

export const collectionListSchema = z.object({ collections: z.array(collectionSchema) }).meta({ id: "CollectionList" });

// ---------- Cart ----------

const quantity = z
  .int()
  .min(1)
  .max(MAX_LINE_QUANTITY)
  .meta({ description: `1 to ${MAX_LINE_QUANTITY}.`, example: 1 });

export const addLineBody = z
  .object({ variantId: z.string().min(1).max(64), quantity: quantity.default(1) })
  .meta({ id: "AddCartLine", description: "Adds to the line of this variant when there is one." });

export const updateLineBody = z
  .object({
    quantity: z
      .int()
      .min(0)
      .max(MAX_LINE_QUANTITY)
      .meta({ description: `0 to ${MAX_LINE_QUANTITY}; 0 removes the line.` }),
  })
  .meta({ id: "UpdateCartLine" });

export const applyCodeBody = z.object({ code: z.string().trim().min(1).max(64).meta({ example: "WELCOME10" }) }).meta({ id: "ApplyDiscountCode" });

export const addressSchema = z
  .object({
    name: z.string().max(200),
    line1: z.string().max(300),
    line2: z.string().max(300).optional(),
    city: z.string().max(200),
    region: z.string().max(200).optional().meta({ description: "State, province or prefecture: required for US, CA, CN and JP." }),
    postalCode: z.string().max(40).optional(),
    country: z.string().max(8).meta({ description: "ISO 3166-1 alpha-2.", example: "FR" }),
    phone: z.string().max(64).optional(),
  })
  .meta({ id: "Address", description: "A shipping address; checked per country (postal code format, region) when saved." });

export const updateCartBody = z
  .object({
    email: z.string().max(320).nullable().optional().meta({ description: "Where the order confirmation goes; null clears it." }),
    shippingAddress: orNull(addressSchema).optional(),
    shippingRateId: z.string().max(64).nullable().optional().meta({ description: "One of GET …/cart/shipping-rates; null clears it." }),
  })
  .meta({ id: "UpdateCart", description: "Fields left out stay as they are." });

/** Bodies of operations that take none: empty, or an empty JSON object. */
export const emptyBody = z.object({}).meta({ id: "Empty" });

const lineProblemSchema = z
  .object({
    code: z.enum(["unavailable", "sold_out", "insufficient_stock"]),
    message: z.string(),
  })
  .meta({ id: "CartLineProblem", description: "Why the line can't be bought as it is: remove it or lower its quantity." });

export const cartLineSchema = z
  .object({
    id: z.string(),
    variantId: z.string(),
    productId: z.string(),
    handle: z.string(),
    title: z.string().meta({ description: "The product's title." }),
    variantTitle: z.string(),
    sku: z.string().nullable(),
    imageUrl: z.url().nullable().meta({ description: "Address of the product's first picture." }),
    quantity: z.int().min(1),
    unitPrice: moneySchema,
    compareAtPrice: orNull(moneySchema),
    subtotal: moneySchema.meta({ description: "Unit price × quantity, before discounts." }),
    quantityAvailable: z.int().min(0).nullable(),
    problem: orNull(lineProblemSchema),
  })
  .meta({ id: "CartLine" });

export const totalsSchema = z
  .object({
    subtotal: moneySchema,
    discount: moneySchema,
    shipping: moneySchema.meta({ description: "For the chosen shipping rate (the shop's first one until one is chosen)." }),
    tax: moneySchema.meta({ description: "Included in the prices when pricesIncludeTax, else added to the total." }),
    total: moneySchema,
  })
  .meta({ id: "CartTotals", description: "What the checkout would charge now; lines that can't be bought are left out." });

export const cartSchema = z
  .object({
    token: z.string().meta({ description: `The cart's token: send it in the ${CART_TOKEN_HEADER} header.` }),
    currency: z.string().length(3),
    pricesIncludeTax: z.boolean(),
    lines: z.array(cartLineSchema).max(MAX_CART_LINES),
    itemCount: z.int().min(0),
    discountCodes: z
      .array(
        z.object({
          code: z.string(),
          applied: z.boolean(),
          message: z.string().nullable().meta({ description: "Why it doesn't apply now (the cart changed, the code expired…)." }),
        }),
      )
      .max(MAX_CODES),
    email: z.string().nullable(),
    shippingAddress: orNull(addressSchema),
    shippingRateId: z.string().nullable(),
    totals: orNull(totalsSchema).meta({ description: "null while nothing in the cart can be bought." }),
    canCheckout: z.boolean().meta({ description: "Lines, email, address and shipping rate are all there and every line can be bought." }),
  })
  .meta({ id: "Cart" });

export const shippingRateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    price: moneySchema.meta({ description: "What this rate costs for this cart now (0 above its free-shipping threshold)." }),
    freeAbove: orNull(moneySchema).meta({ description: "Free when the discounted subtotal reaches this amount." }),
  })
  .meta({ id: "ShippingRate" });

export const shippingRateListSchema = z.object({ rates: z.array(shippingRateSchema) }).meta({ id: "ShippingRateList" });

// ---------- Checkout and orders ----------

export const ORDER_STATUSES = ["pending", "paid", "cancelled", "expired"] as const;

export const checkoutSchema = z
  .object({
    orderToken: z.string().meta({
      description:
        "Keep it: GET …/orders/<orderToken> tells how the order stands. The cart is kept (a declined payment leaves it as it was): start a new one once the order is paid.",
    }),
    orderNumber: z.int(),
    total: moneySchema,
    paymentUrl: z.url().meta({ description: "Send the shopper here to pay (the payment provider's page)." }),
    status: z.enum(ORDER_STATUSES),
  })
  .meta({ id: "Checkout" });

export const orderSchema = z
  .object({
    number: z.int(),
    status: z.enum(ORDER_STATUSES),
    fulfillment: z.enum(["unfulfilled", "partial", "fulfilled", "delivered"]),
    email: z.string(),
    createdAt: z.iso.datetime(),
    paidAt: z.iso.datetime().nullable(),
    lines: z.array(
      z.object({
        title: z.string(),
        variantTitle: z.string(),
        sku: z.string().nullable(),
        quantity: z.int().min(1),
        unitPrice: moneySchema,
        total: moneySchema,
      }),
    ),
    subtotal: moneySchema,
    discount: moneySchema,
    shipping: moneySchema,
    tax: moneySchema,
    total: moneySchema,
    refunded: moneySchema,
    discountCodes: z.array(z.string()),
    shippingRateName: z.string().nullable(),
    shippingAddress: addressSchema,
    url: z.url().meta({ description: "The order's page on the web storefront (signed link)." }),
  })
  .meta({ id: "Order" });
