"use server";
// Opening a shop. Only actions live here: every export is a public endpoint.
import { redirect } from "next/navigation";
import { userAction } from "@/app/_entry/merchant";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { createShop } from "@/lib/shops/shops";

export const createShopAction = userAction(
  () => "/dashboard/new",
  async ({ user, changed }, _state: FormState, data: FormData) => {
    const shop = await createShop(db, user.id, Object.fromEntries(data));
    // The address may be cached as "no such shop" from before it existed.
    changed(shop.id, { slug: shop.slug });
    redirect(`/dashboard/${shop.slug}`);
  },
);
