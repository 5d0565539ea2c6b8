import { describe, expect, it } from "vitest";

process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";
process.env.BETTER_AUTH_SECRET = "unit-tests-secret-unit-tests-secret-0123";
const { signer } = await import("./signing");

describe("signer", () => {
  // Fixed vectors, computed with node:crypto from the derivation the header describes: links and
  // tokens already in mails and mini-programs stay valid only while these hold.
  it("derives its key from the secret and the purpose, and encodes base64url, cut or whole", () => {
    expect(signer("minishop/order-status-link/v1", "order links").sign("ord_123")).toBe("e89cvjI2yaHR4jp9nUc5uTqthJZwqsNtCyrolw3W8do");
    expect(signer("minishop/storefront-cart-token/v1", "cart tokens", { bytes: 16 }).sign("shop-a:AbCdEfGhIjKlMnOpQrStUvWx")).toBe("tfiCwaevUhH1BhNRyt4uiQ");
  });

  it("verifies its own signatures only, in the purpose they were made for", () => {
    const links = signer("minishop/order-status-link/v1", "order links");
    const other = signer("minishop/something-else/v1", "other things");
    const signature = links.sign("ord_123");
    expect(links.verify("ord_123", signature)).toBe(true);
    expect(links.verify("ord_124", signature)).toBe(false);
    expect(other.verify("ord_123", signature)).toBe(false);
    for (const bad of [undefined, null, 42, "", signature.slice(0, -1), `${signature}x`]) expect(links.verify("ord_123", bad)).toBe(false);
  });
});
