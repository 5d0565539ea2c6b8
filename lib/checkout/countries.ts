// The countries a shopper can pick in the checkout's address form, named in their language.
// The list is the one the address schema accepts (lib/checkout/address.ts keeps it private),
// found once by asking the schema about every two-letter code.
import { addressSchema } from "./address";

const A = "A".charCodeAt(0);
let accepted: string[] | undefined;

/** ISO 3166-1 alpha-2 codes the address schema accepts. */
export function countryCodes(): string[] {
  accepted ??= Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(A + Math.floor(i / 26), A + (i % 26))).filter((code) => {
    const result = addressSchema.safeParse({ country: code });
    return !result.success && !result.error.issues.some((issue) => issue.path[0] === "country");
  });
  return accepted;
}

export type CountryOption = { code: string; name: string };

/** `codes` (default: every country) with their names in `locale`, sorted by name. */
export function countryOptions(locale: string, codes: readonly string[] = countryCodes()): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(locale);
  return codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Countries the shop ships to, from its shipping rates: null when one of them ships everywhere. */
export function shippingCountries(rates: readonly { countries: readonly string[] }[]): string[] | null {
  if (!rates.length || rates.some((r) => !r.countries.length)) return null;
  return [...new Set(rates.flatMap((r) => r.countries.map((c) => c.toUpperCase())))].sort();
}
