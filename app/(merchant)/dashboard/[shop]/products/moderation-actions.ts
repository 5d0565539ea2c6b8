"use server";
// The merchant's one appeal against a takedown. merchantAction checks the caller and takes the
// shop from that check; lib/moderation/merchant.ts checks the role again and allows one appeal.
import { refresh } from "next/cache";
import { merchantAction } from "@/app/_entry/merchant";
import { idSchema } from "@/lib/core/input";
import { parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { appealTakedown } from "@/lib/moderation/merchant";

export const appealTakedownAction = merchantAction(
  "catalog",
  async ({ actor }, productId: string, _state: FormState, data: FormData) => {
    await appealTakedown(db, actor, parseInput(idSchema(), productId), Object.fromEntries(data));
    refresh();
    return "Your appeal was sent. Minishop will answer by e-mail.";
  },
  { inputs: ["message"] },
);
