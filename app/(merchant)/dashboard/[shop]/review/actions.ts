"use server";
// The shop review, owners only. Every export is a public endpoint: merchantAction checks the
// caller and takes the shop from that check, never from the form.
import { refresh } from "next/cache";
import { merchantAction } from "@/app/_entry/merchant";
import { idSchema } from "@/lib/core/input";
import { parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";
import { removeReviewDocument, saveBusinessDetails, submitShopReview } from "@/lib/shops/review-submission";

export const saveBusinessDetailsAction = merchantAction(
  "settings",
  async ({ actor }, _state: FormState, data: FormData) => {
    // A checkbox group: every ticked value, which Object.fromEntries would cut to the last.
    await saveBusinessDetails(db, actor, { ...Object.fromEntries(data), categories: data.getAll("categories") });
    refresh();
    return "Details saved.";
  },
  { inputs: ["legalName", "businessType", "registrationNumber", "country", "contactName", "contactEmail", "contactPhone", "categories"] },
);

export const removeReviewDocumentAction = merchantAction("settings", async ({ actor }, documentId: string) => {
  await removeReviewDocument(db, actor, parseInput(idSchema(), documentId));
  refresh();
  return "Document removed.";
});

export const submitShopReviewAction = merchantAction("settings", async ({ actor }) => {
  await submitShopReview(db, actor);
  refresh();
  return "Submitted for review.";
});
