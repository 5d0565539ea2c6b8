// Which client a request comes from, for the rate limits (sign-in, Storefront API writes).
import { isIP } from "node:net";

/**
 * The header the rate limits read the client's address from. Next.js fills X-Forwarded-For from
 * the socket when a request has none, but keeps a client's own, so without a proxy in front a
 * client can claim other addresses. A single shared count instead would let one client lock
 * everyone out, so X-Forwarded-For stays the default; behind a proxy, name the header it
 * overwrites (TRUSTED_IP_HEADER, e.g. x-real-ip) and a client's own headers no longer count.
 */
export function trustedIpHeaders(): string[] {
  const header = process.env.TRUSTED_IP_HEADER?.trim().toLowerCase();
  if (!header) return ["x-forwarded-for"];
  if (!/^[a-z0-9-]+$/.test(header)) throw new Error(`TRUSTED_IP_HEADER must be a header name, such as x-real-ip (got "${header}")`);
  return [header];
}

/** The client's address from the trusted header, or null: missing, not an address, or several (as better-auth reads it). */
export function clientAddress(headers: Headers): string | null {
  const value = headers.get(trustedIpHeaders()[0]!)?.trim();
  return value && isIP(value) ? value : null;
}
