// The entries of the merchant dashboard: pages, server actions and route handlers (and the
// actions of a signed-in user who has no shop yet: userAction). Each resolves the caller's
// access through lib/shops/access.ts (the shop comes from the caller's membership, never from
// the request), maps AppErrors to the entry's answer, and expires the storefront cache for
// what the handler says it changed. A server action is a public endpoint:
// wrapping it is what checks the caller, so every exported action goes through one of these.
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { storefrontChanged, type StorefrontChange } from "@/lib/catalog/cache";
import { AppError, msg } from "@/lib/core/errors";
import { savedState, type FormState } from "@/lib/core/form-state";
import { errorResponse, reply, toFormState } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { checkAccess, findMembership, shopAccess, type ShopAccess } from "@/lib/shops/access";
import type { ShopPermission } from "@/lib/shops/permissions";
import { getCurrentUser, requireUser, type CurrentUser } from "./session";

export type MerchantContext = ShopAccess & {
  /** Call after a write shoppers can see: the storefront cache is expired once the handler returns. */
  changed: (change?: StorefrontChange) => void;
};

// Layout, page and actions of one request ask once.
const membership = cache((userId: string, slug: string) => findMembership(db, userId, { slug }));

/**
 * The caller's access to the shop `slug` with `permission`, for pages and layouts: a guest is
 * sent to sign in, someone outside the shop gets the 404 page, a member without the permission
 * the 403 page.
 */
export async function merchantPage(slug: string, permission: ShopPermission): Promise<ShopAccess> {
  const user = await requireUser(`/dashboard/${slug}`);
  try {
    return checkAccess(user, await membership(user.id, String(slug)), permission);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "forbidden") forbidden();
    notFound();
  }
}

/** The page's record from lib/, or the 404 page when it isn't the shop's (or doesn't exist). */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** The storefront changes a handler reports; expired once it has returned. */
export function changeLog() {
  const changes: [string, StorefrontChange][] = [];
  return {
    changed: (shopId: string, change: StorefrontChange = {}) => void changes.push([shopId, change]),
    flush: () => changes.forEach(([shopId, change]) => storefrontChanged(shopId, change)),
  };
}

/**
 * A handler's answer as a form's state: a sentence is a confirmation, nothing an empty success;
 * an AppError becomes the form's messages (`inputs`: the form's own fields, see toFormState);
 * anything else (redirect(), a bug) passes through.
 */
export async function formAnswer(run: () => Promise<FormState | string | void>, inputs?: readonly string[]): Promise<FormState> {
  try {
    const result = await run();
    return typeof result === "string" ? savedState(result) : (result ?? savedState());
  } catch (error) {
    return toFormState(error, inputs);
  }
}

/**
 * A dashboard server action, called by the client as `action(slug, ...args)`, whose answer is
 * the handler's own (the product editor's results): access is checked, storefront changes are
 * expired, and the handler maps its errors itself.
 */
export function merchantCall<A extends unknown[], R>(permission: ShopPermission, handler: (ctx: MerchantContext, ...args: A) => Promise<R>) {
  return async (slug: string, ...args: A): Promise<R> => {
    const access = await merchantPage(slug, permission);
    const log = changeLog();
    try {
      return await handler({ ...access, changed: (change) => log.changed(access.shop.id, change) }, ...args);
    } finally {
      log.flush();
    }
  };
}

/**
 * A dashboard server action, called by the client as `action(slug, ...args)`. The handler
 * returns a FormState, a confirmation sentence, or nothing; an AppError it throws becomes the
 * form's messages (`inputs`: the form's own fields, see toFormState); redirect() passes through.
 */
export function merchantAction<A extends unknown[]>(
  permission: ShopPermission,
  handler: (ctx: MerchantContext, ...args: A) => Promise<FormState | string | void>,
  options: { inputs?: readonly string[] } = {},
) {
  return merchantCall(permission, (ctx, ...args: A) => formAnswer(() => handler(ctx, ...args), options.inputs));
}

export type UserContext = {
  user: CurrentUser;
  /** Call after a write shoppers can see: that shop's storefront cache is expired once the handler returns. */
  changed: (shopId: string, change?: StorefrontChange) => void;
};

/** A server action of whoever `signIn` lets through (it redirects or stops the others), answered as a form. */
export function signedInAction<A extends unknown[]>(
  signIn: (...args: NoInfer<A>) => Promise<CurrentUser>,
  handler: (ctx: UserContext, ...args: A) => Promise<FormState | string | void>,
  options: { inputs?: readonly string[] } = {},
) {
  return async (...args: A): Promise<FormState> => {
    const user = await signIn(...args);
    const log = changeLog();
    try {
      return await formAnswer(() => handler({ user, changed: log.changed }, ...args), options.inputs);
    } finally {
      log.flush();
    }
  };
}

/**
 * A server action of a signed-in user outside any shop of theirs (opening a shop, joining one
 * by invitation): a guest is sent to sign in and brought back to `nextPath(...args)`.
 */
export function userAction<A extends unknown[]>(
  nextPath: (...args: NoInfer<A>) => string,
  handler: (ctx: UserContext, ...args: A) => Promise<FormState | string | void>,
  options: { inputs?: readonly string[] } = {},
) {
  return signedInAction((...args: A) => requireUser(nextPath(...args)), handler, options);
}

type RouteContext<P> = { params: Promise<P> };

/**
 * A dashboard route handler under /api/shops/{shopId}/…, called by fetch/XHR: it answers JSON
 * and never redirects (a fetch that follows a redirect to the sign-in page gets HTML). Writes
 * from another site are refused (the merchant's cookies would ride along). The handler returns
 * a Response, or a body sent as 200 JSON.
 */
export function merchantRoute<P extends { shopId: string }>(
  permission: ShopPermission,
  handler: (ctx: MerchantContext & { request: Request; params: P }) => Promise<Response | object>,
) {
  return async (request: Request, { params }: RouteContext<P>): Promise<Response> => {
    const resolved = await params;
    const log = changeLog();
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && request.headers.get("sec-fetch-site") === "cross-site")
        throw AppError.forbidden(msg("crossSiteDashboard"));
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthenticated", { form: msg("unauthenticated") });
      const access = await shopAccess(db, user, { id: String(resolved.shopId) }, permission);
      const result = await handler({ ...access, changed: (change) => log.changed(access.shop.id, change), request, params: resolved });
      return result instanceof Response ? result : reply(200, result);
    } catch (error) {
      return errorResponse(error);
    } finally {
      log.flush();
    }
  };
}
