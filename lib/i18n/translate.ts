// Messages of AppErrors (lib/core/errors.ts) in a language: their key in the `errors`
// namespace, or the literal text they carry.
import { createTranslator } from "use-intl/core";
import type { Message } from "@/lib/core/errors";
import { formatMoney } from "@/lib/money/format";
import { LOCALES, type Locale } from "./locales";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import zhCN from "./messages/zh-CN.json";

const CATALOGUES = { en, fr, "zh-CN": zhCN } as const;

const translators = Object.fromEntries(
  LOCALES.map((locale) => [locale, createTranslator({ locale, messages: CATALOGUES[locale], namespace: "errors", timeZone: "UTC" })]),
) as Record<Locale, ReturnType<typeof createTranslator<typeof en, "errors">>>;

export function renderMessage(message: Message, locale: Locale): string {
  if ("text" in message) return message.text;
  if (!message.values) return translators[locale](message.key);
  // Money goes in formatted for the language: ICU's currency skeletons take no currency from a value.
  const values = Object.fromEntries(Object.entries(message.values).map(([k, v]) => [k, typeof v === "object" ? formatMoney(v.amount, v.currency, locale) : v]));
  return translators[locale](message.key, values as never);
}
