import { describe, expect, it } from "vitest";
import { formCheckbox, formList, formText } from "./form-fields";

describe("form fields", () => {
  it("read text trimmed, numbers as text, missing as empty", () => {
    expect(formText.parse("  5.50 ")).toBe("5.50");
    expect(formText.parse(15)).toBe("15");
    expect(formText.parse(undefined)).toBe("");
    expect(formText.safeParse({}).success).toBe(false);
  });

  it("read a checkbox as ticked only when it says so", () => {
    for (const ticked of [true, "on", "true"]) expect(formCheckbox.parse(ticked)).toBe(true);
    for (const not of [false, "", "off", "false", undefined]) expect(formCheckbox.parse(not)).toBe(false);
  });

  it("read a list from an array or a comma-separated string, normalised, without blanks or repeats", () => {
    expect(formList().parse(" a, b ,,a ")).toEqual(["a", "b"]);
    expect(formList().parse(["x", " y ", "x", ""])).toEqual(["x", "y"]);
    expect(formList().parse(undefined)).toEqual([]);
    expect(formList((c) => c.trim().toUpperCase()).parse("fr, be ,FR")).toEqual(["FR", "BE"]);
  });
});
