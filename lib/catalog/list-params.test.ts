import { describe, expect, it } from "vitest";
import { isFiltered, listHref, parseListView, toListQuery } from "./list-params";

describe("parseListView", () => {
  it("reads a shared link", () => {
    const view = parseListView({ q: " tee ", status: "archived", collection: "c1", stock: "low", sort: "price", dir: "desc", page: "3", per: "50" });
    expect(view).toEqual({ q: "tee", status: "archived", collection: "c1", stock: "low", sort: "price", dir: "desc", page: 3, per: 50 });
    expect(toListQuery(view)).toEqual({ q: "tee", status: "ARCHIVED", collectionId: "c1", stock: "low", sort: "price", dir: "desc", page: 3, perPage: 50 });
    expect(isFiltered(view)).toBe(true);
  });

  it("falls back to the defaults on anything unknown instead of failing", () => {
    const view = parseListView({ status: "deleted", stock: "some", sort: "position", dir: "up", page: "-2", per: "1000", collection: "x".repeat(65) });
    expect(view).toEqual({ q: "", status: "", collection: "", stock: "", sort: "updated", dir: "desc", page: 1, per: 25 });
    expect(isFiltered(view)).toBe(false);
    expect(parseListView({ page: "1.5" }).page).toBe(1);
    expect(parseListView({ sort: "__proto__" }).sort).toBe("updated");
  });

  it("takes the first of repeated parameters and gives each sort its natural direction", () => {
    expect(parseListView({ q: ["mug", "tee"], sort: "title" })).toMatchObject({ q: "mug", sort: "title", dir: "asc" });
  });
});

describe("listHref", () => {
  const base = "/dashboard/demo/products";
  it("leaves defaults out and keeps the rest", () => {
    expect(listHref(base, parseListView({}))).toBe(base);
    expect(listHref(base, parseListView({ q: "a b", sort: "title" }), { dir: "desc" })).toBe(`${base}?q=a+b&sort=title&dir=desc`);
  });

  it("goes back to page 1 when a filter changes, and keeps the page only when asked", () => {
    const view = parseListView({ status: "draft", page: "4" });
    expect(listHref(base, view, { stock: "out" })).toBe(`${base}?status=draft&stock=out`);
    expect(listHref(base, view, { page: 5 })).toBe(`${base}?status=draft&page=5`);
  });

  it("round-trips through parseListView", () => {
    const view = parseListView({ q: "ä&=?", status: "active", stock: "in", sort: "stock", dir: "desc", per: "100", page: "2" });
    const href = listHref(base, view, { page: 2 });
    expect(parseListView(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(view);
  });
});
