import { describe, expect, it } from "vitest";
import { slugSchema } from "./schemas";
import { suggestSlug } from "./slug";

describe("suggestSlug", () => {
  it("makes an address from the name", () => {
    expect(suggestSlug("Maya's Tea House")).toBe("maya-s-tea-house");
    expect(suggestSlug("  Café Lumière  ")).toBe("cafe-lumiere");
    expect(suggestSlug("Straße 42")).toBe("strasse-42");
    expect(suggestSlug("--Hello___World--")).toBe("hello-world");
  });

  it("gives up on names with no latin letters or digits, so the merchant types one", () => {
    expect(suggestSlug("小店")).toBe("");
    expect(suggestSlug("!!!")).toBe("");
    expect(suggestSlug("")).toBe("");
  });

  it("lengthens too-short and reserved names, and cuts long ones at a word boundary", () => {
    expect(suggestSlug("A")).toBe("a-shop");
    expect(suggestSlug("Admin")).toBe("admin-shop");
    expect(suggestSlug("New")).toBe("new-shop");
    const long = suggestSlug("The Very Long Name Of A Shop That Sells Everything Under The Sun");
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith("-")).toBe(false);
  });

  it("only ever suggests what the validator accepts", () => {
    for (const name of ["Maya's Tea House", "A", "Admin", "Ünïcödé & Co", "x".repeat(200), "a - b", "9 Lives", "Café 小店"]) {
      const slug = suggestSlug(name);
      if (slug) expect(slugSchema.safeParse(slug).success, `${name} → ${slug}`).toBe(true);
    }
  });
});
