// Currencies a shop can sell in: ISO 4217 codes the runtime knows (Intl), with the ones
// most merchants pick listed first so they don't scroll through 300 entries.
export const COMMON_CURRENCIES = ["EUR", "USD", "GBP", "CNY", "JPY", "CAD", "AUD", "CHF", "HKD", "SGD"] as const;

let supported: Set<string> | undefined;

export function supportedCurrencies(): Set<string> {
  supported ??= new Set(Intl.supportedValuesOf("currency"));
  return supported;
}

export function isSupportedCurrency(code: string) {
  return supportedCurrencies().has(code);
}

export type CurrencyOption = { code: string; label: string };

/** The select's options, named in English ("EUR · Euro"); built on the server and passed down. */
export function currencyOptions(): { common: CurrencyOption[]; others: CurrencyOption[] } {
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  const option = (code: string) => ({ code, label: `${code} · ${names.of(code) ?? code}` });
  const common = new Set<string>(COMMON_CURRENCIES);
  return {
    common: COMMON_CURRENCIES.filter(isSupportedCurrency).map(option),
    others: [...supportedCurrencies()]
      .filter((code) => !common.has(code))
      .sort()
      .map(option),
  };
}
