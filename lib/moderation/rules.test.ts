import { describe, expect, it } from "vitest";
import { matchProduct, ruleKey, termPattern, verdict, type Rule } from "./rules";

const rule = (value: string, level: Rule["level"] = "PROHIBITED", kind: Rule["kind"] = "TERM"): Rule => ({
  id: value,
  kind,
  value,
  level,
  reason: `No ${value}`,
});
const product = (title: string, descriptionMd = "", tags: string[] = []) => ({ title, descriptionMd, tags });

describe("termPattern", () => {
  it("matches whole words, ignoring case", () => {
    expect(termPattern("gun").test("Water GUN for kids")).toBe(true);
    expect(termPattern("gun").test("gun-metal grey")).toBe(true);
    expect(termPattern("gun").test("begun")).toBe(false);
    expect(termPattern("gun").test("guns")).toBe(false);
    expect(termPattern("gun").test("shotgun")).toBe(false);
  });

  it("matches phrases across any white space, and accented words whole", () => {
    expect(termPattern("live  animal").test("A live\nanimal toy")).toBe(true);
    expect(termPattern("live animal").test("alive animal")).toBe(false);
    expect(termPattern("café").test("Café crème")).toBe(true);
    expect(termPattern("caf").test("Café crème")).toBe(false);
  });

  it("takes the term literally, not as a pattern", () => {
    expect(termPattern("c++").test("Learn C++ today")).toBe(true);
    expect(termPattern("a.b").test("axb")).toBe(false);
  });
});

describe("matchProduct", () => {
  const rules = [rule("ivory"), rule("knife", "RESTRICTED"), rule("Weapons", "RESTRICTED", "CATEGORY")];

  it("looks at the title, the description and the tags", () => {
    expect(matchProduct(rules, product("Ivory comb")).map((m) => [m.id, m.field])).toEqual([["ivory", "title"]]);
    expect(matchProduct(rules, product("Comb", "Made of *ivory*.")).map((m) => m.field)).toEqual(["description"]);
    expect(matchProduct(rules, product("Comb", "", ["Ivory"])).map((m) => m.field)).toEqual(["tags"]);
    expect(matchProduct(rules, product("Ivorycoast comb", "vivory"))).toEqual([]);
  });

  it("matches a category only as a whole tag", () => {
    expect(matchProduct(rules, product("Set", "", [" weapons "])).map((m) => m.id)).toEqual(["Weapons"]);
    expect(matchProduct(rules, product("Set", "weapons inside", ["weapons-free"]))).toEqual([]);
  });

  it("lists prohibited rules first, and the verdict follows the worst", () => {
    const matches = matchProduct(rules, product("Knife with ivory handle"));
    expect(matches.map((m) => m.id)).toEqual(["ivory", "knife"]);
    expect(verdict(matches).level).toBe("PROHIBITED");
    expect(verdict(matchProduct(rules, product("Bread knife"))).level).toBe("RESTRICTED");
    expect(verdict([]).level).toBeNull();
  });
});

it("ruleKey trims, collapses spaces and lower-cases", () => {
  expect(ruleKey("  Live   Animal ")).toBe("live animal");
});
