// `?next=` comes from the address bar, so it is only followed when it is a path on
// this site; anything else (other origins, `//evil.example`, `/\evil`, javascript:)
// falls back, which closes the open-redirect hole.
export function safeNextPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  // Browsers treat a backslash like a slash and drop tabs and newlines, so `/\x` and `/\t/x` are other hosts.
  if (/[\\\u0000-\u001f\u007f]/.test(value) || value.startsWith("//")) return fallback;
  const base = "http://minishop.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
