"use server";
// Bulk actions of the product table. Only actions live here: every export is a public
// endpoint, and merchantAction checks the caller and takes the shop from that check, never
// from the request; ids of other shops are ignored by lib/catalog.
import { refresh } from "next/cache";
import { z } from "zod";
import { merchantAction } from "@/app/_entry/merchant";
import { bulkDelete, bulkSetStatus } from "@/lib/catalog/bulk";
import { parseInput } from "@/lib/core/errors";
import { db } from "@/lib/db/client";

const intentSchema = z.enum(["publish", "unpublish", "archive", "delete"], "Choose publish, unpublish, archive or delete.");
const DONE = { publish: "published", unpublish: "moved to drafts", archive: "archived", delete: "deleted" } as const;
const STATUS = { publish: "ACTIVE", unpublish: "DRAFT", archive: "ARCHIVED" } as const;

export const bulkProductsAction = merchantAction(
  "catalog",
  async ({ actor, changed }, intent: string, ids: string[]) => {
    const action = parseInput(intentSchema, intent);
    const { count } = action === "delete" ? await bulkDelete(db, actor, ids) : await bulkSetStatus(db, actor, ids, STATUS[action]);
    // Published, archived or gone: every list, page and search result of the shop may change.
    if (count) changed();
    refresh();
    return `${count} ${count === 1 ? "product" : "products"} ${DONE[action]}.`;
  },
  { inputs: [] },
);
