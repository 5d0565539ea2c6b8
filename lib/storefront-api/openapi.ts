// The OpenAPI 3.1 document of the Storefront API, generated from the zod schemas the routes
// validate with (schemas.ts): served at /api/storefront/v1/openapi.json, rendered at /docs/api,
// linted by Redocly and used by the tests to check every answer.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { miniappManifestSchema } from "@/lib/miniapp/api";
import { afterSalesListSchema, afterSalesRequestSchema, createAfterSalesBody } from "./after-sales";
import {
  addLineBody,
  applyCodeBody,
  CART_TOKEN_HEADER,
  cartSchema,
  checkoutSchema,
  codeParams,
  collectionListSchema,
  collectionParams,
  collectionSchema,
  emptyBody,
  errorSchema,
  lineParams,
  listProductsQuery,
  orderParams,
  orderSchema,
  productListSchema,
  productParams,
  productSchema,
  shippingRateListSchema,
  shippingRatesQuery,
  shopParams,
  shopSchema,
  updateCartBody,
  updateLineBody,
} from "./schemas";

export const API_BASE = "/api/storefront/v1";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(errorSchema) });

// Answers every operation can give besides its own.
const common = {
  400: error("Malformed input: wrong types, missing fields, bad JSON or UTF-8 (`invalid`)."),
  404: error("No such shop (or product, collection, cart line…) visible to shoppers (`not_found`)."),
  429: {
    ...error("Too many writes from this address (`rate_limited`); try again after Retry-After seconds."),
    headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" as const } } },
  },
};
const readHeaders = {
  ETag: { description: "Send it back in If-None-Match: 304 while nothing changed.", schema: { type: "string" as const } },
};
const notModified = { description: "Not modified since the ETag sent in If-None-Match." };
const writeErrors = {
  403: error("The request's Origin is not one the shop allows (`forbidden`)."),
  409: error("The shop isn't taking orders (`unavailable`), or stock ran out (`out_of_stock`)."),
  413: error("Body over 64 KB (`payload_too_large`)."),
  415: error("Body not sent as application/json (`unsupported_media_type`)."),
};
const cartSecurity = [{ cartToken: [] }];

type Operation = Omit<RouteConfig, "responses"> & { responses: RouteConfig["responses"] };

function read(path: string, operationId: string, summary: string, schema: z.ZodType, request: RouteConfig["request"], description?: string): Operation {
  return {
    method: "get",
    path,
    operationId,
    summary,
    description,
    tags: ["Catalogue"],
    security: [],
    request,
    responses: { 200: { description: "OK", headers: readHeaders, content: json(schema) }, 304: notModified, ...common },
  };
}

type WriteOptions = { status?: 200 | 201; body?: z.ZodType; cart?: boolean; tags?: string[]; description?: string; extra?: RouteConfig["responses"] };

function write(
  method: "post" | "patch" | "delete",
  path: string,
  operationId: string,
  summary: string,
  response: z.ZodType,
  params: z.ZodObject,
  options: WriteOptions = {},
): Operation {
  const cart = options.cart ?? true;
  return {
    method,
    path,
    operationId,
    summary,
    description: options.description,
    tags: options.tags ?? ["Cart"],
    security: cart ? cartSecurity : [],
    request: {
      params,
      body: options.body ? { required: method !== "delete", content: json(options.body) } : undefined,
    },
    responses: { [options.status ?? 200]: { description: "OK", content: json(response) }, ...common, ...writeErrors, ...options.extra },
  };
}

/**
 * The PUT twin of a PATCH operation: WeChat's wx.request and Alipay's my.request can't send
 * PATCH, so the route handlers answer PUT the same way (same body, same answers).
 */
function putAlias(patch: Operation): Operation[] {
  return [
    patch,
    {
      ...patch,
      method: "put",
      operationId: `${patch.operationId}WithPut`,
      summary: `${patch.summary} (PUT)`,
      description: `The same as PATCH (${patch.operationId}), for clients that can't send PATCH, such as WeChat's wx.request and Alipay's my.request.`,
    },
  ];
}

const shop = `${API_BASE}/shops/{slug}`;

export const OPERATIONS: Operation[] = [
  read(shop, "getShop", "The shop", shopSchema, { params: shopParams }),
  read(
    `${shop}/products`,
    "listProducts",
    "Products, a page at a time",
    productListSchema,
    { params: shopParams, query: listProductsQuery },
    "Active products with their variants and prices. Filter by collection, search with `q`, sort; follow `nextCursor` for the next page.",
  ),
  read(`${shop}/products/{handle}`, "getProduct", "One product", productSchema, { params: productParams }),
  read(`${shop}/collections`, "listCollections", "Collections", collectionListSchema, { params: shopParams }),
  read(`${shop}/collections/{handle}`, "getCollection", "One collection", collectionSchema, { params: collectionParams }),
  {
    ...read(
      `${shop}/miniapp/manifest.json`,
      "getMiniappManifest",
      "The shop's mini-program manifest",
      miniappManifestSchema,
      { params: shopParams },
      "The W3C MiniApp manifest of the version the merchant last published (404 before the first), with the Web App Manifest members.",
    ),
    tags: ["Mini-program"],
  },
  write("post", `${shop}/carts`, "createCart", "Create a cart", cartSchema, shopParams, {
    status: 201,
    cart: false,
    body: emptyBody,
    description: `Answers the new, empty cart with its token: send the token in the ${CART_TOKEN_HEADER} header of every cart request. No cookie is set.`,
  }),
  {
    method: "get",
    path: `${shop}/cart`,
    operationId: "getCart",
    summary: "The cart, priced now",
    tags: ["Cart"],
    security: cartSecurity,
    request: { params: shopParams },
    responses: { 200: { description: "OK", content: json(cartSchema) }, ...common, 409: writeErrors[409] },
  },
  ...putAlias(
    write("patch", `${shop}/cart`, "updateCart", "Set the email, shipping address or shipping rate", cartSchema, shopParams, { body: updateCartBody }),
  ),
  write("post", `${shop}/cart/lines`, "addCartLine", "Add a variant", cartSchema, shopParams, { body: addLineBody }),
  ...putAlias(write("patch", `${shop}/cart/lines/{lineId}`, "updateCartLine", "Change a line's quantity", cartSchema, lineParams, { body: updateLineBody })),
  write("delete", `${shop}/cart/lines/{lineId}`, "removeCartLine", "Remove a line", cartSchema, lineParams),
  write("post", `${shop}/cart/discount-codes`, "applyDiscountCode", "Apply a discount code", cartSchema, shopParams, {
    body: applyCodeBody,
    extra: { 422: error("The code can't be used on this cart (`discount`); `message` says why.") },
  }),
  write("delete", `${shop}/cart/discount-codes/{code}`, "removeDiscountCode", "Remove a discount code", cartSchema, codeParams),
  {
    method: "get",
    path: `${shop}/cart/shipping-rates`,
    operationId: "listShippingRates",
    summary: "Shipping rates for a country",
    description: "The rates that deliver to the country, each priced for this cart.",
    tags: ["Cart"],
    security: cartSecurity,
    request: { params: shopParams, query: shippingRatesQuery },
    responses: { 200: { description: "OK", content: json(shippingRateListSchema) }, ...common, 409: writeErrors[409] },
  },
  write("post", `${shop}/cart/checkout`, "checkout", "Check out", checkoutSchema, shopParams, {
    status: 201,
    body: emptyBody,
    tags: ["Checkout"],
    description:
      "Turns the cart (its lines, codes, email, address and shipping rate) into an order holding its stock, priced on the server, and answers where the shopper pays.",
    extra: {
      422: error("A discount code no longer applies (`discount`)."),
      502: error("The payment provider couldn't be reached (`payment`)."),
    },
  }),
  {
    method: "get",
    path: `${shop}/orders/{orderToken}`,
    operationId: "getOrder",
    summary: "An order's status",
    tags: ["Checkout"],
    security: [],
    request: { params: orderParams },
    responses: { 200: { description: "OK", content: json(orderSchema) }, ...common },
  },
  {
    method: "get",
    path: `${shop}/orders/{orderToken}/after-sales-requests`,
    operationId: "listAfterSalesRequests",
    summary: "An order's after-sales requests",
    description: "The order's refund, return and exchange requests with the shop's answers, and how many units of each line a new request may name.",
    tags: ["After-sales"],
    security: [],
    request: { params: orderParams },
    responses: { 200: { description: "OK", content: json(afterSalesListSchema) }, ...common },
  },
  write(
    "post",
    `${shop}/orders/{orderToken}/after-sales-requests`,
    "createAfterSalesRequest",
    "Ask for a refund, a return or an exchange",
    afterSalesRequestSchema,
    orderParams,
    {
      status: 201,
      body: createAfterSalesBody,
      cart: false,
      tags: ["After-sales"],
      description:
        "Only for a paid order. Each line at most what was bought minus refunded, and not while another open request holds it (409/400 with the line's message). The shop answers by e-mail; GET shows its answers.",
    },
  ),
];

let document: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function openApiDocument() {
  if (document) return document;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "cartToken", {
    type: "apiKey",
    in: "header",
    name: CART_TOKEN_HEADER,
    description: "The token POST …/carts answered.",
  });
  for (const operation of OPERATIONS) registry.registerPath(operation);
  document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Minishop Storefront API",
      version: "1.0.0",
      description: [
        "One shop's catalogue, carts and checkout, for mini-programs, embeds and headless storefronts.",
        "",
        "- **Money** is `{ amount, currency }`, amount in integer minor units. Prices, stock and totals are always the server's.",
        `- **Carts** are addressed by an opaque token in the \`${CART_TOKEN_HEADER}\` header, never a cookie; a token works in its own shop only.`,
        "- **Errors** are `{ error: { code, message, fields? } }`; `message` follows Accept-Language (en, fr, zh-CN).",
        "- **Caching:** reads answer an ETag; send it back in If-None-Match to get 304 while nothing changed.",
        "- **CORS:** browsers may call the API from the origins the shop lists in its settings; writes from any other origin are refused.",
        "- **Rate limit:** writes are counted per client address and minute; over the limit the answer is 429 with Retry-After.",
      ].join("\n"),
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "Catalogue", description: "Public reads, cached and tagged like the shop's pages." },
      { name: "Cart", description: "A cart per token." },
      { name: "Checkout", description: "From cart to order." },
      { name: "Mini-program", description: "The shop as a W3C MiniApp (lib/miniapp)." },
      { name: "After-sales", description: "Refund, return and exchange requests on a paid order." },
    ],
  });
  return document;
}
