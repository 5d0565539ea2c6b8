// The countries a shopper can pick in the checkout's address form, named in their language:
// the ones the address schema accepts (./country-codes). No server imports: the merchant's
// shipping rate form lists them in the browser.
import { COUNTRIES } from "./country-codes";

let sorted: string[] | undefined;

/** ISO 3166-1 alpha-2 codes the address schema accepts, in code order. */
export function countryCodes(): string[] {
  sorted ??= [...COUNTRIES].sort();
  return sorted;
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
