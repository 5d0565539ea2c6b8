// The entries of the platform admin console: every admin server action goes through
// adminAction, which checks the caller is an admin (guests sign in, others get the 403 page)
// and answers AppErrors as form messages.
import "server-only";
import { storefrontChanged, type StorefrontChange } from "@/lib/catalog/cache";
import type { CurrentUser } from "@/lib/auth/user";
import { savedState, type FormState } from "@/lib/core/form-state";
import { toFormState } from "@/lib/core/respond";
import { requireAdmin } from "./session";

export type AdminContext = {
  admin: CurrentUser;
  /** Call after a write shoppers can see: that shop's storefront cache is expired once the handler returns. */
  changed: (shopId: string, change?: StorefrontChange) => void;
};

export function adminAction<A extends unknown[]>(handler: (ctx: AdminContext, ...args: A) => Promise<FormState | string | void>) {
  return async (...args: A): Promise<FormState> => {
    const admin = await requireAdmin("/admin");
    const changes: [string, StorefrontChange][] = [];
    try {
      const result = await handler({ admin, changed: (shopId, change = {}) => void changes.push([shopId, change]) }, ...args);
      return typeof result === "string" ? savedState(result) : (result ?? savedState());
    } catch (error) {
      return toFormState(error);
    } finally {
      for (const [shopId, change] of changes) storefrontChanged(shopId, change);
    }
  };
}
