"use server";
// Opening a shop. Only actions live here: every export is a public endpoint.
import { redirect } from "next/navigation";
import { storefrontChanged } from "@/lib/catalog/cache";
import { requireUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { toFormState } from "@/lib/shops/errors";
import type { FormState } from "@/lib/shops/form-state";
import { createShop } from "@/lib/shops/shops";

export async function createShopAction(_state: FormState, data: FormData): Promise<FormState> {
  const user = await requireUser("/dashboard/new");
  let shop: { id: string; slug: string };
  try {
    shop = await createShop(db, user.id, Object.fromEntries(data));
  } catch (error) {
    return toFormState(error);
  }
  // The address may be cached as "no such shop" from before it existed.
  storefrontChanged(shop.id, { slug: shop.slug });
  redirect(`/dashboard/${shop.slug}`);
}
