// The entries of the web storefront's shopper side: its route handlers (/api/shops/{shopId}/cart…),
// its dynamic pages (cart, checkout) and the checkout's server action. The only place that
// reads and writes the shopper's cookies: the guest cart's id (`cart_<shopId>`, httpOnly,
// SameSite=Lax) and the order sent to pay (`checkout_<shopId>`, signed). lib/ gets a plain
// cart identity ({ cartId, userId }, lib/cart/shopper-cart.ts) and a locale.
import "server-only";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { forgetCart, resolveCart, type CartIdentity } from "@/lib/cart/shopper-cart";
import { AppError, msg } from "@/lib/core/errors";
import { errorResponse, reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { closestLocale, isLocale, LOCALE_COOKIE, localeFromSegment, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/messages";
import { checkoutCookie } from "@/lib/orders/checkout-cookie";
import { loadActiveShop } from "@/lib/storefront/request";
import { findShop } from "@/lib/storefront/storefront";
import { readJsonBody } from "@/lib/http/json-body";
import { getCurrentUser } from "./session";

// ---------- The shopper's cookies ----------

const CART_DAYS = 30;
const cartCookieName = (shopId: string) => `cart_${shopId}`;

// Secure wherever the app is served over https (as better-auth decides for its session
// cookie): a Secure cookie would be dropped on a plain-http `npm start` reached by LAN address.
const cartCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env().APP_URL.startsWith("https://"),
  path: "/",
  maxAge: CART_DAYS * 24 * 3600,
});

// Cart ids are 18 random bytes in base64url (lib/cart/cart.ts); anything else is not worth a query.
const looksLikeCartId = (value: string | undefined): value is string => !!value && /^[A-Za-z0-9_-]{16,64}$/.test(value);

/**
 * Whose cart this shopper holds in the shop: the guest cart their cookie names and, signed in,
 * their own (a guest cart they still hold is merged into it, and its cookie dropped). A guest
 * costs no query: lib checks the cart is theirs where it uses it. `writeCookies` is false where
 * cookies can't be set (page renders): a stale cookie is harmless (it names a cart that is gone
 * or not a guest's).
 */
export async function shopperCart(shopId: string, options: { writeCookies?: boolean } = {}): Promise<CartIdentity> {
  const jar = await cookies();
  const held = jar.get(cartCookieName(shopId))?.value;
  const user = await getCurrentUser();
  const { cart, dropGuestCart } = await resolveCart(db, shopId, { guestCartId: looksLikeCartId(held) ? held : null, userId: user?.id ?? null });
  if (dropGuestCart && options.writeCookies !== false) jar.delete(cartCookieName(shopId));
  return cart;
}

/** A guest's new cart: its id is their key to it. */
async function rememberGuestCart(shopId: string, cartId: string) {
  (await cookies()).set(cartCookieName(shopId), cartId, cartCookieOptions());
}

/**
 * After the order is paid (test payment page, Stripe's return, a free order): the cart's lines
 * are bought, so the shopper starts afresh. A guest costs one statement.
 */
export async function forgetPaidCart(shopId: string) {
  await forgetCart(db, shopId, await shopperCart(shopId));
  await dropCartCookie(shopId);
}

/** The guest cart's cookie goes (the cart it named is bought: lib's forgetCart removed it). */
export async function dropCartCookie(shopId: string) {
  const jar = await cookies();
  if (jar.get(cartCookieName(shopId))) jar.delete(cartCookieName(shopId));
}

/** The order this shopper was last sent to pay for in the shop (Stripe's return pages), if we signed it. */
export async function checkoutOrderId(shopId: string): Promise<string | null> {
  return checkoutCookie.orderId((await cookies()).get(checkoutCookie.name(shopId))?.value);
}

export async function rememberCheckout(shopId: string, orderId: string) {
  (await cookies()).set(checkoutCookie.name(shopId), checkoutCookie.value(orderId), checkoutCookie.options());
}

export async function forgetCheckout(shopId: string) {
  (await cookies()).delete(checkoutCookie.name(shopId));
}

// ---------- Languages ----------

/** The shopper's storefront language, as the language switcher set it; null when they chose none. */
export async function chosenLocale(): Promise<Locale | null> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : null;
}

// ---------- Pages: cart, checkout ----------

type PageParams = Promise<{ shopSlug: string; locale: string }>;

/** The shop, language, translator and cart of a shopper's own page; a shop that isn't open or an unknown language is a 404. */
export async function storefrontPage(params: PageParams) {
  const { shopSlug, locale: segment } = await params;
  const shop = await loadActiveShop(shopSlug);
  const locale = shop && localeFromSegment(segment, shop.defaultLocale);
  if (!shop || !locale) notFound();
  // Page renders can't set cookies: the cart is read, never created here.
  const cart = await shopperCart(shop.id, { writeCookies: false });
  return { shop, locale, t: getTranslator(locale), cart };
}

/** The page's title in its language; kept out of search engines, as it is one shopper's. */
export async function storefrontPageMetadata(params: PageParams, title: "cart.title" | "checkout.title"): Promise<Metadata> {
  const { shopSlug, locale } = await params;
  const shop = await loadActiveShop(shopSlug);
  return { title: getTranslator(localeFromSegment(locale, shop?.defaultLocale ?? "en") ?? "en")(title), robots: { index: false } };
}

// ---------- Route handlers: /api/shops/{shopId}/cart… ----------

type Shop = NonNullable<Awaited<ReturnType<typeof findShop>>>;

type StorefrontRouteContext<P> = {
  request: Request;
  params: P;
  shopId: string;
  /** The shop's row; null with `findShop: false` (the handler's lib call checks the shop itself). */
  shop: Shop | null;
  /** The JSON body (an object) of a write with `body: "json"`; {} otherwise. */
  body: Record<string, unknown>;
  /** Accept-Language's first supported language, else the shop's. */
  locale: Locale;
  /** The shopper's cart identity (read once; a signed-in shopper's guest cart merged). */
  cart: () => Promise<CartIdentity>;
  /** A guest's new cart: remember it in their cookie. */
  cartCreated: (cartId: string) => Promise<void>;
};

type RouteOptions = {
  /** Look the shop up first (404 when none). False where the handler's own statement checks it (the first add to a cart). */
  findShop?: boolean;
  /** "json": a write whose body must be a JSON object (415 / 413 / 400 otherwise). */
  body?: "json" | "none";
};

/**
 * A storefront route handler: the shop from the address, writes from another site refused
 * (the shopper's cookies would ride along; SameSite=Lax keeps them off most, this covers
 * older browsers), the JSON body checked, and any AppError answered as
 * `{ error: { code, message, fields } }` in the shopper's language. The handler returns a
 * Response, or a body sent as 200 JSON.
 */
export function storefrontRoute<P extends { shopId: string }>(
  handler: (ctx: StorefrontRouteContext<P>) => Promise<Response | object>,
  options: RouteOptions = {},
) {
  const { findShop: lookUp = true, body: bodyKind = "none" } = options;
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const resolved = await params;
    const shopId = String(resolved.shopId);
    const asked = negotiateLocale(request.headers.get("accept-language"));
    let shop: Shop | null = null;
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && request.headers.get("sec-fetch-site") === "cross-site")
        throw AppError.forbidden(msg("crossSite"));
      if (lookUp) {
        shop = await findShop(db, { id: shopId });
        if (!shop) throw AppError.notFound("shop");
      }
      const body = bodyKind === "json" ? await readJsonBody(request) : {};
      let cart: Promise<CartIdentity> | undefined;
      const result = await handler({
        request,
        params: resolved,
        shopId,
        shop,
        body,
        locale: asked ?? closestLocale(shop?.defaultLocale ?? "en"),
        cart: () => (cart ??= shopperCart(shopId)),
        cartCreated: async (cartId) => {
          if (!(await (cart ??= shopperCart(shopId))).userId) await rememberGuestCart(shopId, cartId);
        },
      });
      return result instanceof Response ? result : reply(200, result);
    } catch (error) {
      // Only an error needs the shop's language when the shopper named none: look it up then.
      const locale = asked ?? closestLocale((shop ?? (lookUp ? null : await findShop(db, { id: shopId }).catch(() => null)))?.defaultLocale ?? "en");
      return errorResponse(error, locale);
    }
  };
}

/** The shopper's language for a server action: the one of the page it came from (a bound argument), checked. */
export function actionLocale(value: unknown): Locale {
  return isLocale(value) ? value : "en";
}
