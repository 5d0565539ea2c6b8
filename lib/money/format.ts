// Money is stored as integer minor units (cents, yen, fils) next to its currency.
// Formatting and parsing go through decimal strings, never float arithmetic, so
// 0.1 + 0.2 style errors cannot reach a price.

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string) {
  const cacheKey = `${locale}|${currency}`;
  let nf = formatters.get(cacheKey);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(cacheKey, nf);
  }
  return nf;
}

/** Digits after the decimal point for a currency: JPY 0, EUR 2, KWD 3. */
export function currencyExponent(currency: string): number {
  return formatter(currency.toUpperCase(), "en").resolvedOptions().maximumFractionDigits ?? 2;
}

/** 1234 minor units → "12.34" (exponent 2). Exact for any safe integer. */
export function minorToDecimal(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Money amount must be an integer of minor units, got ${amountMinor}`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amountMinor)
    .toString()
    .padStart(exponent + 1, "0");
  const sign = amountMinor < 0 ? "-" : "";
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export function formatMoney(amountMinor: number, currency: string, locale = "en"): string {
  const decimal = minorToDecimal(amountMinor, currency) as Intl.StringNumericLiteral;
  // Intl formats a decimal string exactly (no conversion through a float).
  return formatter(currency.toUpperCase(), locale).format(decimal);
}

/**
 * "12.34" → 1234 for EUR; "1200" → 1200 for JPY. Returns null for anything that is not a
 * plain non-negative amount with at most the currency's number of decimals (no
 * thousands separators, no silent rounding of "12.345").
 */
export function parseMoney(input: string, currency: string): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(input.trim());
  if (!match) return null;
  const [, whole, fraction = ""] = match;
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) return null;
  const amount = Number(whole + fraction.padEnd(exponent, "0"));
  return Number.isSafeInteger(amount) ? amount : null;
}
