// Signatures the app hands out and later checks (order links, Storefront API cart tokens):
// HMAC-SHA256 under a key of their own per purpose, derived from BETTER_AUTH_SECRET as
// HMAC(secret, purpose), so a signature made for one purpose can't be replayed as another's.
// Encoded base64url, optionally cut to its first `bytes` bytes. Changing the derivation or the
// encoding invalidates every link and token already issued (signing.test.ts pins both).
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export type Signer = {
  sign(message: string): string;
  /** Constant-time: the time taken says nothing about how much of a guessed signature was right. */
  verify(message: string, given: unknown): boolean;
};

/** `purpose` names the key ("minishop/order-status-link/v1"); `what` the error when no secret is set. */
export function signer(purpose: string, what: string, options: { bytes?: number } = {}): Signer {
  let cached: { secret: string; key: Buffer } | undefined;
  const key = () => {
    const secret = env().BETTER_AUTH_SECRET;
    if (!secret) throw new Error(`BETTER_AUTH_SECRET is not set: ${what} can't be signed (npm start sets one).`);
    if (cached?.secret !== secret) cached = { secret, key: createHmac("sha256", secret).update(purpose).digest() };
    return cached.key;
  };
  const sign = (message: string) => {
    const digest = createHmac("sha256", key()).update(message).digest();
    return (options.bytes ? digest.subarray(0, options.bytes) : digest).toString("base64url");
  };
  return {
    sign,
    verify(message, given) {
      if (typeof given !== "string") return false;
      const expected = Buffer.from(sign(message));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}
