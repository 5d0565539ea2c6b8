// Whether a shipping rate delivers to a country: the one rule the server's address check and the
// checkout form's rate list share. No imports, so the browser can use it too.

/** `countries` are the rate's ISO codes (empty = everywhere); `country` an upper-case code, or "" while none is chosen. */
export function deliversTo(countries: readonly string[], country: string): boolean {
  return !country || !countries.length || countries.some((c) => c.toUpperCase() === country);
}
