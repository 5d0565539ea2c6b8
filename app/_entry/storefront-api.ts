// The entries of the public Storefront API (/api/storefront/v1/…, docs/decisions/0011-storefront-api.md). Each
// resolves the shop from the path, answers CORS for the shop's allowed origins, picks the
// language of messages from Accept-Language, and turns every AppError into its status and
// `{ error: { code, message, fields? } }`. Writes also: refuse an Origin the shop doesn't list,
// count against the per-address rate limit, and take only a JSON object of at most 64 KB.
// Cart operations find the cart by its token (X-Cart-Token), in this shop only.
// Routes stay thin: they name their schemas and call lib/storefront-api.
import "server-only";
import type { z } from "zod";
import { AppError, fieldErrors, msg } from "@/lib/core/errors";
import { errorBody, errorResponse, reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { findApiShop, visibleShop, type FoundShop } from "@/lib/storefront-api/catalogue";
import { cartIdFromToken } from "@/lib/storefront-api/cart-token";
import { corsHeaders, isAllowedOrigin, preflight } from "@/lib/storefront-api/cors";
import { hasNul, readJsonBody } from "@/lib/http/json-body";
import { API_JSON_BODY, asAppError, matchesEtag, readBody } from "@/lib/storefront-api/http";
import { countWrite } from "@/lib/storefront-api/rate-limit";
import { apiLocale } from "@/lib/storefront-api/rewrites";
import { CART_TOKEN_HEADER } from "@/lib/storefront-api/schemas";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, ctx: RouteContext) => Promise<Response>;

const VARY = "Origin, Accept-Language";
const READ_CACHE = "public, no-cache"; // clients may keep it but must ask again (ETag → 304)

/** Input that fails its schema: a field per problem, and the whole request's message in the caller's language. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.invalid({ form: msg("invalidInput"), ...fieldErrors(result.error) });
  return result.data;
}

/** Path parameters: anything that isn't a plausible slug, handle or id names nothing. */
async function pathParams<S extends z.ZodType>(schema: S, ctx: RouteContext): Promise<z.output<S>> {
  const params = await ctx.params;
  const result = schema.safeParse(params);
  if (!result.success || hasNul(params)) throw AppError.notFound("page");
  return result.data;
}

/** The query string as an object, the last value of a repeated parameter winning (as the rewrites read it). */
function queryOf(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) query[key] = value;
  if (hasNul(query)) throw AppError.invalid({ form: msg("invalidInput") });
  return query;
}

type Access = { shop: FoundShop; origin: string | null; allowed: boolean };

async function access(request: Request, slug: string): Promise<Access> {
  const shop = await findApiShop(slug);
  if (!shop) throw AppError.notFound("shop");
  const origin = request.headers.get("origin");
  return { shop, origin, allowed: !!origin && isAllowedOrigin(origin, shop.allowedOrigins, new URL(env().APP_URL).origin) };
}

async function answer(request: Request, run: (locale: Locale, headers: Record<string, string>) => Promise<Response>): Promise<Response> {
  const locale = apiLocale(request.headers.get("accept-language"));
  const headers: Record<string, string> = { Vary: VARY };
  try {
    return await run(locale, headers);
  } catch (error) {
    return errorResponse(asAppError(error), locale, headers);
  }
}

/** The answer of a public read: its ETag, 304 when the client has it already. */
function readResponse(request: Request | null, body: unknown, headers: Record<string, string>): Response {
  const { json, etag } = readBody(body);
  const all = { ...headers, ETag: etag, "Cache-Control": READ_CACHE, Vary: VARY };
  if (request && matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  return new Response(json, { status: 200, headers: { ...all, "Content-Type": "application/json" } });
}

/**
 * A public read (GET) served per request: browsers (Origin, CORS headers) and conditional
 * requests (304). Others are rewritten to its cached twin (cachedRead). `read` throws
 * AppError.notFound for what shoppers can't see.
 */
export function publicRead<S extends z.ZodObject, Q extends z.ZodType | undefined = undefined>(
  params: S,
  read: (shop: FoundShop, params: z.output<S>, query: Out<Q>) => Promise<unknown>,
  querySchema?: Q,
): Handler {
  return (request, ctx) =>
    answer(request, async (_locale, headers) => {
      const p = await pathParams(params, ctx);
      const { shop, origin, allowed } = await access(request, (p as { slug: string }).slug);
      Object.assign(headers, corsHeaders(origin, allowed));
      const query = querySchema ? parse(querySchema, queryOf(request)) : {};
      return readResponse(request, await read(visibleShop(shop), p, query as Out<Q>), headers);
    });
}

/**
 * The cached twin of a public read, under /api/storefront-cache/v1/<locale>/… (ISR: the route
 * file exports revalidate and generateStaticParams). It never reads the request, so Next keeps
 * its answer in the route cache with the tags of the data it read. An AppError is answered (and
 * cached: a 404 carries the tags that expire it); anything else is rethrown so that no broken
 * answer is kept.
 */
export function cachedRead<S extends z.ZodObject>(params: S, read: (shop: FoundShop, params: z.output<S>, segments: string[]) => Promise<unknown>): Handler {
  return async (_request, ctx) => {
    const raw = await ctx.params;
    const locale = isLocale(raw.locale) ? raw.locale : null;
    try {
      if (!locale) throw AppError.notFound("page");
      const p = await pathParams(params, ctx);
      const segments = Array.isArray(raw.segments) ? raw.segments : [];
      const shop = visibleShop(await findApiShop((p as { slug: string }).slug));
      return readResponse(null, await read(shop, p, segments), {});
    } catch (error) {
      const appError = asAppError(error);
      if (!(appError instanceof AppError)) throw error;
      return Response.json(errorBody(appError, locale ?? "en"), { status: appError.status, headers: { Vary: VARY, "Cache-Control": "no-cache" } });
    }
  };
}

/** `shop.locale`: the language of messages, from Accept-Language. */
type CartContext<P, B, Q> = { shop: FoundShop & { locale: Locale }; params: P; body: B; query: Q; cartId: string; locale: Locale };
type Out<T> = T extends z.ZodType ? z.output<T> : Record<string, never>;

type CartOptions<S extends z.ZodObject, B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = {
  params: S;
  /** The body's schema; writes without one take an empty body (or {}). */
  body?: B;
  /** The query string's schema (reads). */
  query?: Q;
  /** A GET (cart, rates): no rate limit, no Origin refusal, no body. */
  read?: boolean;
  /** Whether the operation works on the cart of the X-Cart-Token header (default true). */
  cart?: boolean;
  /** Whether the shop must be taking orders (default true). */
  open?: boolean;
  status?: number;
};

/**
 * A cart, checkout or order operation. Answers `handler`'s result as JSON (no-store). The
 * cart token is checked against this shop: another shop's token names no cart here (404).
 */
export function cartOperation<S extends z.ZodObject, B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  options: CartOptions<S, B, Q>,
  handler: (ctx: CartContext<z.output<S>, Out<B>, Out<Q>>) => Promise<unknown>,
): Handler {
  const { read = false, cart = true, open = true, status = 200 } = options;
  return (request, ctx) =>
    answer(request, async (locale, headers) => {
      const params = await pathParams(options.params, ctx);
      const { shop, origin, allowed } = await access(request, (params as { slug: string }).slug);
      Object.assign(headers, corsHeaders(origin, allowed));
      if (!read) {
        if (origin && !allowed) throw AppError.forbidden(msg("originNotAllowed"));
        await countWrite(db, clientAddress(request.headers));
      }
      if (open && shop.status !== "ACTIVE") throw AppError.shopClosed();
      const raw = read ? {} : await readJsonBody(request, API_JSON_BODY);
      const body = options.body ? parse(options.body, raw) : {};
      const query = options.query ? parse(options.query, queryOf(request)) : {};
      const cartId = cart ? cartIdFromToken(shop.id, request.headers.get(CART_TOKEN_HEADER)) : "";
      if (cartId === null) throw AppError.notFound("cart");
      const result = await handler({ shop: { ...shop, locale }, params, body: body as never, query: query as never, cartId, locale });
      return reply(status, result, headers);
    });
}

/** OPTIONS: the CORS preflight, allowed for the shop's origins only. */
export function preflightFor(methods: readonly string[]): Handler {
  return async (request, ctx) => {
    const { slug } = (await ctx.params) as { slug?: string };
    const origin = request.headers.get("origin");
    const shop = typeof slug === "string" && slug.length <= 64 && !hasNul(slug) ? await findApiShop(slug).catch(() => null) : null;
    return preflight(origin, !!shop && !!origin && isAllowedOrigin(origin, shop.allowedOrigins, new URL(env().APP_URL).origin), methods);
  };
}
