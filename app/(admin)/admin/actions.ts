"use server";
// Platform admin actions. Every export is a public endpoint: each checks the admin itself.
import { refresh } from "next/cache";
import { storefrontChanged } from "@/lib/catalog/cache";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { toFormState } from "@/lib/shops/errors";
import type { FormState } from "@/lib/shops/form-state";
import { approveShop } from "@/lib/shops/review";

export async function approveShopAction(shopId: string): Promise<FormState> {
  const admin = await requireAdmin("/admin");
  let shop: Awaited<ReturnType<typeof approveShop>>;
  try {
    shop = await approveShop(db, admin.id, shopId);
  } catch (error) {
    return toFormState(error);
  }
  // The shop and its address were cached as "unavailable": shoppers see it on the next request.
  storefrontChanged(shop.id, { slug: shop.slug });
  storefrontChanged(shop.id);
  refresh();
  return { fields: {}, saved: `${shop.name} is live.`, at: Date.now() };
}
