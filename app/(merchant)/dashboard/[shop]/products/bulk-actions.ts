"use server";
// Bulk actions of the product table. Only actions live here: every export is a public
// endpoint, so each checks access itself and takes the shop from that check, never from
// the request; ids of other shops are ignored by lib/catalog.
import { refresh } from "next/cache";
import { z } from "zod";
import { bulkDelete, bulkSetStatus } from "@/lib/catalog/bulk";
import { storefrontChanged } from "@/lib/catalog/cache";
import { catalogFormState } from "@/lib/catalog/form-state";
import { db } from "@/lib/db/client";
import { requireShopAccess, shopActor } from "@/lib/shops/access";
import type { FormState } from "@/lib/shops/form-state";

const intentSchema = z.enum(["publish", "unpublish", "archive", "delete"]);
const DONE = { publish: "published", unpublish: "moved to drafts", archive: "archived", delete: "deleted" } as const;
const STATUS = { publish: "ACTIVE", unpublish: "DRAFT", archive: "ARCHIVED" } as const;

export async function bulkProductsAction(slug: string, intent: string, ids: string[]): Promise<FormState> {
  const access = await requireShopAccess(slug, "catalog");
  const parsed = intentSchema.safeParse(intent);
  if (!parsed.success) return { fields: {}, form: "Choose publish, unpublish, archive or delete.", at: Date.now() };
  const actor = shopActor(access);
  let count: number;
  try {
    const action = parsed.data;
    ({ count } = action === "delete" ? await bulkDelete(db, actor, ids) : await bulkSetStatus(db, actor, ids, STATUS[action]));
  } catch (error) {
    return catalogFormState(error);
  }
  // Published, archived or gone: every list, page and search result of the shop may change.
  if (count) storefrontChanged(access.shop.id);
  refresh();
  return { fields: {}, saved: `${count} ${count === 1 ? "product" : "products"} ${DONE[parsed.data]}.`, at: Date.now() };
}
