"use server";
// A shopper's report from the storefront's report page: no account needed, limited per client
// address (lib/moderation/reports.ts). Bound by the page to (shopId, locale, productId); a plain
// form post, so it works without JavaScript. Answers in the shopper's language.
import { headers } from "next/headers";
import { actionLocale } from "@/app/_entry/storefront";
import { AppError } from "@/lib/core/errors";
import { savedState, type FormState } from "@/lib/core/form-state";
import { toFormState } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { getTranslator } from "@/lib/i18n/messages";
import { submitReport } from "@/lib/moderation/reports";

export async function reportAction(shopId: unknown, locale: unknown, productId: unknown, _state: FormState, data: FormData): Promise<FormState> {
  const language = actionLocale(locale);
  const t = getTranslator(language);
  try {
    if (typeof shopId !== "string" || !shopId || shopId.length > 64) throw AppError.notFound("shop");
    await submitReport(
      db,
      shopId,
      { reason: data.get("reason") ?? undefined, details: data.get("details") ?? undefined, productId: typeof productId === "string" ? productId : undefined },
      clientAddress(await headers()),
    );
    return savedState(t("report.sent"));
  } catch (error) {
    const state = toFormState(error, ["reason", "details"], language);
    // The schema's sentences are English; a shopper reads their own language.
    if (state.fields.reason) state.fields.reason = t("report.chooseReason");
    return state;
  }
}
