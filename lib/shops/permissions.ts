// What each shop role may do. Staff run the catalogue, the orders and the discount codes
// (marketing); only owners change the shop's settings (shipping rates included), payments
// and members.
import type { ShopRole } from "@/lib/generated/prisma/enums";

export type ShopPermission = "catalog" | "orders" | "settings" | "members" | "discounts";

export const permissionsByRole: Record<ShopRole, readonly ShopPermission[]> = {
  OWNER: ["catalog", "orders", "settings", "members", "discounts"],
  STAFF: ["catalog", "orders", "discounts"],
};

export function can(role: ShopRole, permission: ShopPermission) {
  return permissionsByRole[role].includes(permission);
}

// Slugs that would clash with routes or confuse shoppers.
export const reservedShopSlugs = new Set([
  "new",
  "admin",
  "api",
  "dashboard",
  "s",
  "uploads",
  "sign-in",
  "sign-up",
  "settings",
  "shops",
  "static",
  "www",
  "minishop",
  "help",
  "support",
]);
