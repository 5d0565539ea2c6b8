"use server";
// The review queue's decisions. Every export is a public endpoint: adminAction checks the
// "review" permission, and lib/shops/review.ts checks it again inside the write.
import { refresh } from "next/cache";
import { adminAction } from "@/app/_entry/admin";
import { idSchema } from "@/lib/core/input";
import { parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { approveShop, rejectShop } from "@/lib/shops/review";

export const approveReviewAction = adminAction("review", async ({ admin, changed }, shopId: string) => {
  const shop = await approveShop(db, admin.id, parseInput(idSchema(), shopId));
  // The shop and its address were cached as "unavailable": shoppers see it on the next request.
  changed(shop.id, { slug: shop.slug });
  changed(shop.id);
  refresh();
  return `${shop.name} is approved and live.`;
});

export const rejectReviewAction = adminAction(
  "review",
  async ({ admin }, shopId: string, _state: FormState, data: FormData) => {
    const shop = await rejectShop(db, admin.id, parseInput(idSchema(), shopId), Object.fromEntries(data));
    refresh();
    return `${shop.name} was sent back to its owner with your reason.`;
  },
  { inputs: ["reason"] },
);
