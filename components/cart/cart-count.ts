// The number of items in the shopper's cart, shared by the header badge and the buttons that
// change the cart, in the browser. Storefront pages are cached for everyone, so the count is
// asked of the cart API on each page (and after a server action's redirect, which keeps the
// header mounted), then kept up to date from the answers of the buttons that change the cart.
import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

const counts = new Map<string, number>();
let changes = 0; // a count fetched before the last change is stale
const loading = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setCartCount(shopId: string, count: number) {
  changes++;
  counts.set(shopId, count);
  for (const listener of listeners) listener();
}

export const cartApi = (shopId: string, path = "") => `/api/shops/${encodeURIComponent(shopId)}/cart${path}`;

/** The count, or null until the API answered (the server render knows no shopper). */
export function useCartCount(shopId: string): number | null {
  const pathname = usePathname();
  useEffect(() => {
    if (loading.has(shopId)) return;
    loading.add(shopId);
    const asked = changes;
    fetch(cartApi(shopId, "?view=count"), { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ itemCount: number }>) : null))
      .then((body) => {
        if (body && asked === changes) setCartCount(shopId, body.itemCount);
      })
      .catch(() => {}) // the badge stays without a number; the cart page still works
      .finally(() => loading.delete(shopId));
  }, [shopId, pathname]);
  return useSyncExternalStore(
    subscribe,
    () => counts.get(shopId) ?? null,
    () => null,
  );
}
