// The entries of the merchant dashboard: pages, server actions and route handlers. Each
// resolves the caller's access through lib/shops/access.ts (the shop comes from the caller's
// membership, never from the request), maps AppErrors to the entry's answer, and expires the
// storefront cache for what the handler says it changed. A server action is a public endpoint:
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
import { getCurrentUser, requireUser } from "./session";

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
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    notFound();
  }
}

function collector(shopId: string) {
  const changes: StorefrontChange[] = [];
  return {
    changed: (change: StorefrontChange = {}) => void changes.push(change),
    flush: () => changes.forEach((change) => storefrontChanged(shopId, change)),
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
  return async (slug: string, ...args: A): Promise<FormState> => {
    const access = await merchantPage(slug, permission);
    const { changed, flush } = collector(access.shop.id);
    try {
      const result = await handler({ ...access, changed }, ...args);
      return typeof result === "string" ? savedState(result) : (result ?? savedState());
    } catch (error) {
      return toFormState(error, options.inputs);
    } finally {
      flush();
    }
  };
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
    let flush = () => {};
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && request.headers.get("sec-fetch-site") === "cross-site")
        throw AppError.forbidden(msg("crossSiteDashboard"));
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthenticated", { form: msg("unauthenticated") });
      const access = await shopAccess(db, user, { id: String(resolved.shopId) }, permission);
      const collected = collector(access.shop.id);
      flush = collected.flush;
      const result = await handler({ ...access, changed: collected.changed, request, params: resolved });
      return result instanceof Response ? result : reply(200, result);
    } catch (error) {
      return errorResponse(error);
    } finally {
      flush();
    }
  };
}
