import { describe, expect, it } from "vitest";

process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";
process.env.BETTER_AUTH_SECRET = "unit-tests-secret-unit-tests-secret-0123";
const { cartIdFromToken, cartToken } = await import("./cart-token");

describe("cart tokens", () => {
  const cartId = "AbCdEfGhIjKlMnOpQrStUvWx";

  it("name their cart in their own shop only", () => {
    const token = cartToken("shop-a", cartId);
    expect(token).toMatch(/^AbCdEfGhIjKlMnOpQrStUvWx\.[\w-]{22}$/);
    expect(cartIdFromToken("shop-a", token)).toBe(cartId);
    expect(cartIdFromToken("shop-a", ` ${token} `)).toBe(cartId);
    expect(cartIdFromToken("shop-b", token)).toBeNull();
  });

  it("are the ones already issued: same key derivation, 128 bits, base64url", () => {
    expect(cartToken("shop-a", cartId)).toBe("AbCdEfGhIjKlMnOpQrStUvWx.tfiCwaevUhH1BhNRyt4uiQ");
    expect(cartIdFromToken("shop-a", "AbCdEfGhIjKlMnOpQrStUvWx.tfiCwaevUhH1BhNRyt4uiQ")).toBe(cartId);
  });

  it("refuse forged, truncated and malformed tokens", () => {
    const token = cartToken("shop-a", cartId);
    const [, signature] = token.split(".");
    expect(cartIdFromToken("shop-a", `${"x".repeat(24)}.${signature}`)).toBeNull();
    expect(cartIdFromToken("shop-a", token.slice(0, -1))).toBeNull();
    for (const bad of [null, undefined, "", cartId, `${cartId}.`, "a.b", `${token}.x`]) expect(cartIdFromToken("shop-a", bad)).toBeNull();
  });
});
