// The storefront's message catalogues. The JSON files are also shipped as they are to the
// mini-program, so they hold only text: one level of namespaces, ICU placeholders.
import "server-only";
import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import zhCN from "./messages/zh-CN.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en, fr, "zh-CN": zhCN };

/** Namespaces client components read (variant picker, language switcher, 404 page, cart button and badge): only these reach the browser. */
const CLIENT_NAMESPACES = ["picker", "language", "notFound", "cart"] as const satisfies readonly (keyof Messages)[];

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

function makeTranslator(locale: Locale) {
  // timeZone: the storefront shows no times of day; fixing it keeps server and browser output equal.
  return createTranslator({ locale, messages: CATALOGUES[locale], timeZone: "UTC" });
}

/** `t("product.description")` in the given language, for server components. */
export function getTranslator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

export type Translator = ReturnType<typeof getTranslator>;

export function clientMessages(locale: Locale, extra: readonly (keyof Messages)[] = []): Partial<Messages> {
  const all = CATALOGUES[locale];
  return Object.fromEntries([...CLIENT_NAMESPACES, ...extra].map((ns) => [ns, all[ns]]));
}
