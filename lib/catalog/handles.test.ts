import { describe, expect, it } from "vitest";
import { HANDLE_PATTERN, MAX_HANDLE_LENGTH, slugify } from "./handles";

describe("slugify", () => {
  it("turns a title into a readable URL handle", () => {
    expect(slugify("Organic Cotton Tee")).toBe("organic-cotton-tee");
    expect(slugify("  Mug -- 350 ml!! ")).toBe("mug-350-ml");
  });

  it("drops accents instead of the letters (merchants write in their own language)", () => {
    expect(slugify("Crème Brûlée T-Shirt")).toBe("creme-brulee-t-shirt");
    expect(slugify("Smørrebrød für Straße")).toBe("smorrebrod-fur-strasse");
    expect(slugify("Ｆｕｌｌ ｗｉｄｔｈ ﬁne")).toBe("full-width-fine");
  });

  it("keeps apostrophes from splitting words", () => {
    expect(slugify("Kids' Dino Tee")).toBe("kids-dino-tee");
    expect(slugify("Men’s Shirt")).toBe("mens-shirt");
  });

  it("caps handles at 80 characters without a trailing dash", () => {
    const handle = slugify("word ".repeat(40));
    expect(handle.length).toBeLessThanOrEqual(MAX_HANDLE_LENGTH);
    expect(handle).toMatch(HANDLE_PATTERN);
  });

  it("gives titles without any Latin letter a short random handle", () => {
    const a = slugify("木のマグカップ");
    const b = slugify("木のマグカップ");
    expect(a).toMatch(/^[a-z0-9]{8}$/);
    expect(a).not.toBe(b);
    expect(slugify("茶杯 2")).toBe("2"); // digits are kept when there are some
  });
});
