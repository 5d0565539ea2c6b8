"use server";
// Enforcement on a shop: warn, give points, suspend, reinstate, close (one form, the action is
// one of its fields). Every export is a public endpoint: adminAction checks the "enforce"
// permission, and lib/shops/enforcement.ts checks it again inside the write.
import { refresh } from "next/cache";
import { adminAction } from "@/app/_entry/admin";
import { idSchema } from "@/lib/core/input";
import { parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { enforce } from "@/lib/shops/enforcement";
import { actionSchema, type EnforcementAction } from "@/lib/shops/enforcement-schemas";

const DONE: Record<EnforcementAction, (name: string) => string> = {
  warn: (name) => `${name} was warned.`,
  penalty: (name) => `Points given to ${name}.`,
  suspend: (name) => `${name} is suspended.`,
  reinstate: (name) => `${name} is open again.`,
  close: (name) => `${name} is closed.`,
};

export const enforceShopAction = adminAction(
  "enforce",
  async ({ admin, changed }, shopId: string, _state: FormState, data: FormData) => {
    const input = Object.fromEntries(data);
    const { action } = parseInput(actionSchema, input);
    const { shop } = await enforce(db, admin.id, parseInput(idSchema(), shopId), action, input);
    // Every page of the shop (and its address) shows "unavailable" or the catalogue, and the
    // rescored trust badge, from the next request.
    changed(shop.id, { slug: shop.slug });
    changed(shop.id);
    refresh();
    return DONE[action](shop.name);
  },
  { inputs: ["action", "rule", "points", "reason"] },
);
