"use server";
// The moderation queue's decisions and takedowns. Every export is a public endpoint: adminAction
// checks the permission, and lib/moderation/cases.ts checks it again inside the write. A
// decision that changes what shoppers see expires that product's storefront pages and lists.
import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/app/_entry/admin";
import { idSchema } from "@/lib/core/input";
import { parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { decideCase, takeDownProduct } from "@/lib/moderation/cases";

const decisionSchema = z.enum(["approve", "reject"], { error: "Choose approve or reject." });

export const decideCaseAction = adminAction(
  "review",
  async ({ admin, changed }, caseId: string, _state: FormState, data: FormData) => {
    const { decision, ...input } = Object.fromEntries(data);
    const result = await decideCase(db, admin.id, parseInput(idSchema(), caseId), parseInput(decisionSchema, decision, "decision."), input);
    if (result.productId) changed(result.shopId, { productIds: [result.productId] });
    refresh();
    return result.message;
  },
  { inputs: ["decision", "reason"] },
);

export const takeDownAction = adminAction(
  "enforce",
  async ({ admin, changed }, productId: string, _state: FormState, data: FormData) => {
    const result = await takeDownProduct(db, admin.id, parseInput(idSchema(), productId), Object.fromEntries(data));
    changed(result.shopId, { productIds: [productId] });
    refresh();
    return result.message;
  },
  { inputs: ["reason"] },
);
