"use server";
// Platform admin actions. Every export is a public endpoint: adminAction checks the admin.
import { refresh } from "next/cache";
import { adminAction } from "@/app/_entry/admin";
import { db } from "@/lib/db/client";
import { approveShop } from "@/lib/shops/review";

export const approveShopAction = adminAction("review", async ({ admin, changed }, shopId: string) => {
  const shop = await approveShop(db, admin.id, shopId);
  // The shop and its address were cached as "unavailable": shoppers see it on the next request.
  changed(shop.id, { slug: shop.slug });
  changed(shop.id);
  refresh();
  return `${shop.name} is live.`;
});
