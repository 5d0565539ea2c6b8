// The dashboard's catalogue endpoints, called as Next.js calls them: the CSV route handlers
// (GET/POST with a Request) and the server actions of the product list and collections.
// Only the session is faked (the gate reads it through better-auth); the access check,
// the catalogue and the database are real. Every endpoint is also called by a member of
// another shop and by a guest: they get 404/401 and nothing changes.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS } from "@/lib/catalog/csv";
import { importCsvForShop } from "@/lib/catalog/csv-import";
import { createProduct } from "@/lib/catalog/products";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/app/_entry/session";
import { catalogueOf, makeShop, reserve } from "../support/catalog-fixtures";
import { session } from "../support/session";

const { revalidateTag } = await import("next/cache");
const exportRoute = await import("@/app/api/shops/[shopId]/products/export/route");
const importRoute = await import("@/app/api/shops/[shopId]/products/import/route");
const templateRoute = await import("@/app/api/shops/[shopId]/products/template/route");
const bulk = await import("@/app/(merchant)/dashboard/[shop]/products/bulk-actions");
const collections = await import("@/app/(merchant)/dashboard/[shop]/collections/actions");

type Shop = Awaited<ReturnType<typeof makeShop>>;
let a: Shop;
let b: Shop;
let owner: CurrentUser; // member of A
let outsider: CurrentUser; // member of B only

async function member(shop: Shop, role: "OWNER" | "STAFF" = "OWNER"): Promise<CurrentUser> {
  const id = randomBytes(8).toString("hex");
  const user = await db.user.create({
    data: { id, name: `User ${id}`, email: `${id}@example.test` },
    select: { id: true, name: true, email: true, role: true },
  });
  await db.shopMember.create({ data: { shopId: shop.id, userId: user.id, role } });
  return user;
}

const header = CSV_COLUMNS.join(",");
const line = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((c) => JSON.stringify(cells[c] ?? "")).join(",");
const product = (handle: string, price = "12.00") =>
  line({ Handle: handle, Title: handle.toUpperCase(), "Option1 Name": "Title", "Option1 Value": "Default Title", "Variant Price": price, Status: "active" });

const ctx = (shopId: string) => ({ params: Promise.resolve({ shopId }) });
const post = (shopId: string, body: BodyInit, headers: Record<string, string> = { "Content-Type": "text/csv" }) =>
  importRoute.POST(new Request(`http://localhost/api/shops/${shopId}/products/import`, { method: "POST", body, headers }), ctx(shopId));
const lines = async (response: Response) =>
  (await response.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
/** What a refused server action throws: Next's 404 page. */
const notFoundPage = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "minishop-routes-"));
  a = await makeShop();
  b = await makeShop();
  owner = await member(a);
  outsider = await member(b, "STAFF");
  await createProduct(db, b.id, { title: "B's Tee", handle: "tee", status: "ACTIVE", variants: [{ priceAmount: 2000, stock: 5, sku: "B-TEE" }] });
});

beforeEach(() => {
  session.user = owner;
  session.after = [];
  vi.mocked(revalidateTag).mockClear();
});

describe("CSV export route", () => {
  it("downloads the shop's catalogue with a header row and the shop's name", async () => {
    await createProduct(db, a.id, { title: "Mug", handle: "mug", variants: [{ priceAmount: 1200, stock: 3 }] });
    const response = await exportRoute.GET(new Request("http://localhost/x"), ctx(a.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${a.slug}-products.csv"`);
    const [first, ...rest] = (await response.text()).trim().split("\n");
    expect(first).toBe(header);
    expect(rest.some((row) => row.startsWith("mug,"))).toBe(true);
    expect(rest.some((row) => row.startsWith("tee,"))).toBe(false); // B's product
  });

  it("answers 404 to a member of another shop and 401 to a guest, with no catalogue", async () => {
    session.user = outsider;
    const refused = await exportRoute.GET(new Request("http://localhost/x"), ctx(a.id));
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: { code: "not_found", message: "Shop not found." } });
    session.user = null;
    expect((await exportRoute.GET(new Request("http://localhost/x"), ctx(a.id))).status).toBe(401);
    expect((await templateRoute.GET(new Request("http://localhost/x"), ctx(a.id))).status).toBe(401);
  });
});

describe("CSV import route", () => {
  it("streams progress, then the counts; audits and expires the storefront", async () => {
    const file = [header, product("lamp"), product("vase", "30.00")].join("\n");
    const response = await post(a.id, file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const answer = await lines(response);
    expect(answer[0]).toEqual({ type: "progress", done: 0, total: 2 });
    expect(answer.at(-2)).toEqual({ type: "progress", done: 2, total: 2 });
    expect(answer.at(-1)).toEqual({ type: "result", ok: true, created: 2, updated: 0, warnings: [] });
    expect(await db.product.count({ where: { shopId: a.id, handle: { in: ["lamp", "vase"] } } })).toBe(2);
    expect(await db.auditLog.findFirst({ where: { shopId: a.id, action: "catalog.imported" }, select: { actorId: true, data: true } })).toEqual({
      actorId: owner.id,
      data: { created: 2, updated: 0, warnings: 0 },
    });
    await Promise.all(session.after!);
    expect(revalidateTag).toHaveBeenCalledWith(`shop:${a.id}`, { expire: 0 });
  });

  it("refuses a file with one bad row with 422 and the row's number, and changes nothing", async () => {
    const before = await catalogueOf(a.id);
    const audits = await db.auditLog.count({ where: { shopId: a.id } });
    const file = [header, product("good-one"), product("bad-one", "twelve"), product("good-two")].join("\n");
    const response = await post(a.id, file);
    expect(response.status).toBe(422);
    expect(await lines(response)).toEqual([
      { type: "result", ok: false, errors: [{ row: 3, column: "Variant Price", message: "Enter a price like 12.50" }], warnings: [] },
    ]);
    expect(await catalogueOf(a.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { shopId: a.id } })).toBe(audits);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("answers a clear 4xx for no CSV at all, an empty file and an oversized one", async () => {
    const before = await catalogueOf(a.id);
    const notCsv = await post(a.id, "name,price\nlamp,12");
    expect(notCsv.status).toBe(422);
    expect(await notCsv.json()).toEqual({
      error: { code: "invalid", message: expect.stringMatching(/no Handle or Title column/), fields: { file: expect.any(String) } },
    });
    const empty = await post(a.id, "  \n");
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: "invalid", message: expect.stringMatching(/file is empty/) } });
    const big = await post(a.id, "x", { "Content-Type": "text/csv", "Content-Length": String(6 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: "payload_too_large", message: expect.stringMatching(/larger than 5 MB/) } });
    const oddForm = new FormData();
    oddForm.append("other", "x");
    expect((await post(a.id, oddForm, {})).status).toBe(400);
    expect(await catalogueOf(a.id)).toEqual(before);
  });

  it("accepts a multipart upload (curl -F file=@products.csv) and the sample template", async () => {
    const form = new FormData();
    form.append("file", new File([[header, product("bowl")].join("\n")], "products.csv", { type: "text/csv" }));
    expect((await lines(await post(a.id, form, {}))).at(-1)).toMatchObject({ type: "result", ok: true, created: 1 });

    const template = await templateRoute.GET(new Request("http://localhost/x"), ctx(a.id));
    expect(template.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.csv"/);
    const target = await makeShop();
    await db.shopMember.create({ data: { shopId: target.id, userId: owner.id, role: "OWNER" } });
    const result = await importCsvForShop(db, { shopId: target.id, userId: owner.id, role: "OWNER" }, await template.text());
    expect(result).toEqual({ ok: true, created: 2, updated: 0, warnings: [] });
  });

  it("answers 404 to a member of another shop, 401 to a guest, 403 cross-site; nothing changes", async () => {
    const before = await catalogueOf(a.id);
    const file = [header, product("intruder")].join("\n");
    session.user = outsider;
    const refused = await post(a.id, file);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: { code: "not_found", message: "Shop not found." } });
    session.user = null;
    expect((await post(a.id, file)).status).toBe(401);
    session.user = owner;
    expect((await post(a.id, file, { "Content-Type": "text/csv", "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect(await catalogueOf(a.id)).toEqual(before);
    expect(await db.product.count({ where: { handle: "intruder" } })).toBe(0);
  });
});

describe("bulk actions of the product list", () => {
  it("archives the selected products, audits each, and reports how many", async () => {
    const [p1, p2] = await Promise.all(["Plate", "Cup"].map((title) => createProduct(db, a.id, { title, status: "ACTIVE", variants: [{ priceAmount: 500 }] })));
    expect(await bulk.bulkProductsAction(a.slug, "archive", [p1.id, p2.id])).toMatchObject({ saved: "2 products archived." });
    expect(await db.product.findMany({ where: { id: { in: [p1.id, p2.id] } }, select: { status: true } })).toEqual([
      { status: "ARCHIVED" },
      { status: "ARCHIVED" },
    ]);
    expect(await db.auditLog.count({ where: { shopId: a.id, action: "product.archived", actorId: owner.id, targetId: { in: [p1.id, p2.id] } } })).toBe(2);
    expect(revalidateTag).toHaveBeenCalledWith(`shop:${a.id}`, { expire: 0 });
    expect(await bulk.bulkProductsAction(a.slug, "publish", [p1.id])).toMatchObject({ saved: "1 product published." });
  });

  it("deletes after the merchant confirms, but refuses (deleting nothing) when checkouts hold units, naming them", async () => {
    const held = await createProduct(db, a.id, { title: "Held Lamp", variants: [{ priceAmount: 500, stock: 3 }] });
    const free = await createProduct(db, a.id, { title: "Free Lamp", variants: [{ priceAmount: 500, stock: 3 }] });
    await reserve(held.variants[0].id, 1);
    const reply = await bulk.bulkProductsAction(a.slug, "delete", [held.id, free.id]);
    expect(reply.form).toBe("Nothing was deleted: Held Lamp has units held by open checkouts. Archive it instead, or delete it once those checkouts end.");
    expect(await db.product.count({ where: { id: { in: [held.id, free.id] } } })).toBe(2);
    expect(await bulk.bulkProductsAction(a.slug, "delete", [free.id])).toMatchObject({ saved: "1 product deleted." });
    expect(await db.product.count({ where: { id: free.id } })).toBe(0);
  });

  it("refuses an unknown action and a malformed id list with a message", async () => {
    expect(await bulk.bulkProductsAction(a.slug, "destroy", [])).toMatchObject({ form: expect.stringMatching(/Choose publish/) });
    expect(await bulk.bulkProductsAction(a.slug, "archive", "everything" as unknown as string[])).toMatchObject({ form: expect.any(String) });
  });

  it("tenant isolation: another shop's member gets the 404 page; B's ids through A's slug change nothing", async () => {
    const bProducts = await db.product.findMany({ where: { shopId: b.id }, select: { id: true } });
    const ids = bProducts.map((p) => p.id);
    const before = await catalogueOf(b.id);
    const aBefore = await catalogueOf(a.id);
    session.user = outsider;
    for (const intent of ["publish", "archive", "delete"]) await expect(bulk.bulkProductsAction(a.slug, intent, [])).rejects.toMatchObject(notFoundPage);
    expect(await catalogueOf(a.id)).toEqual(aBefore);
    session.user = owner;
    expect(await bulk.bulkProductsAction(a.slug, "archive", ids)).toMatchObject({ saved: "0 products archived." });
    expect(await bulk.bulkProductsAction(a.slug, "delete", ids)).toMatchObject({ saved: "0 products deleted." });
    expect(await catalogueOf(b.id)).toEqual(before);
  });
});

describe("collection actions", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    return data;
  };
  const empty = { fields: {} };

  it("create, edit, add, reorder, remove and delete: each audited and expiring the collection's pages", async () => {
    const created = await collections.createCollectionAction(a.slug, empty, form({ title: "Summer", handle: "" })).catch((e: { digest?: string }) => e);
    expect(created).toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/collections\//) });
    const summer = await db.collection.findFirstOrThrow({ where: { shopId: a.id, handle: "summer" } });
    expect(revalidateTag).toHaveBeenCalledWith(`shop:${a.id}:collections`, { expire: 0 });

    expect(
      await collections.updateCollectionAction(
        a.slug,
        summer.id,
        empty,
        form({ title: "Summer 2026", handle: "summer", description: "Light things", featured: "on" }),
      ),
    ).toMatchObject({ saved: "Collection saved." });
    expect(await db.collection.findUniqueOrThrow({ where: { id: summer.id }, select: { title: true, featured: true } })).toEqual({
      title: "Summer 2026",
      featured: true,
    });
    expect(await collections.updateCollectionAction(a.slug, summer.id, empty, form({ title: "", handle: "Bad Handle!" }))).toMatchObject({
      fields: { title: "Enter a title", handle: expect.stringMatching(/lowercase/) },
    });

    const [x, y] = await Promise.all(["X", "Y"].map((title) => createProduct(db, a.id, { title, variants: [{ priceAmount: 100 }] })));
    expect(await collections.addProductAction(a.slug, summer.id, x.id)).toMatchObject({ saved: "Added." });
    expect(await collections.addProductAction(a.slug, summer.id, y.id)).toMatchObject({ saved: "Added." });
    expect(await collections.addProductAction(a.slug, summer.id, y.id)).toMatchObject({ form: expect.stringMatching(/already in the collection/) });
    expect(await collections.moveProductAction(a.slug, summer.id, y.id, "up")).toMatchObject({ fields: {} });
    const order = await db.collectionProduct.findMany({ where: { collectionId: summer.id }, orderBy: { position: "asc" }, select: { productId: true } });
    expect(order.map((o) => o.productId)).toEqual([y.id, x.id]);
    expect(await collections.moveProductAction(a.slug, summer.id, y.id, "sideways")).toMatchObject({ form: "Move up or down." });
    expect(await collections.removeProductAction(a.slug, summer.id, x.id)).toMatchObject({ saved: "Removed." });

    const autumn = await db.collection.create({ data: { shopId: a.id, title: "Autumn", handle: "autumn", position: 99 } });
    expect(await collections.moveCollectionAction(a.slug, autumn.id, "up")).toMatchObject({ fields: {} });
    const list = await db.collection.findMany({ where: { shopId: a.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(list.map((c) => c.id)).toEqual([autumn.id, summer.id]);

    expect(await collections.deleteCollectionAction(a.slug, autumn.id, false)).toMatchObject({ saved: "Collection Autumn deleted." });
    const actions = await db.auditLog.findMany({ where: { shopId: a.id, targetType: "collection" }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(new Set(actions.map((e) => e.action))).toEqual(
      new Set([
        "collection.created",
        "collection.updated",
        "collection.products_added",
        "collection.products_reordered",
        "collection.product_removed",
        "collection.reordered",
        "collection.deleted",
      ]),
    );
  });

  it("tenant isolation: another shop's member gets the 404 page; B's ids through A's slug are not found", async () => {
    const bCollection = await db.collection.create({ data: { shopId: b.id, title: "B only", handle: "b-only", position: 0 } });
    const bProduct = await db.product.findFirstOrThrow({ where: { shopId: b.id } });
    await db.collectionProduct.create({ data: { shopId: b.id, collectionId: bCollection.id, productId: bProduct.id, position: 0 } });
    const aCollection = await db.collection.create({ data: { shopId: a.id, title: "A only", handle: "a-only", position: 50 } });
    const bBefore = await catalogueOf(b.id);
    const aBefore = await catalogueOf(a.id);

    session.user = outsider;
    const calls = [
      () => collections.createCollectionAction(a.slug, empty, form({ title: "Intruder" })),
      () => collections.updateCollectionAction(a.slug, aCollection.id, empty, form({ title: "Hacked" })),
      () => collections.deleteCollectionAction(a.slug, aCollection.id, false),
      () => collections.moveCollectionAction(a.slug, aCollection.id, "up"),
      () => collections.addProductAction(a.slug, aCollection.id, bProduct.id),
      () => collections.removeProductAction(a.slug, aCollection.id, bProduct.id),
      () => collections.moveProductAction(a.slug, aCollection.id, bProduct.id, "up"),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject(notFoundPage);
    expect(await catalogueOf(a.id)).toEqual(aBefore);

    session.user = owner;
    const notFound = { form: "Collection not found." };
    expect(await collections.updateCollectionAction(a.slug, bCollection.id, empty, form({ title: "Hacked" }))).toMatchObject(notFound);
    expect(await collections.deleteCollectionAction(a.slug, bCollection.id, false)).toMatchObject(notFound);
    expect(await collections.moveCollectionAction(a.slug, bCollection.id, "up")).toMatchObject(notFound);
    expect(await collections.addProductAction(a.slug, bCollection.id, bProduct.id)).toMatchObject(notFound);
    expect(await collections.moveProductAction(a.slug, bCollection.id, bProduct.id, "down")).toMatchObject(notFound);
    expect(await collections.removeProductAction(a.slug, bCollection.id, bProduct.id)).toMatchObject({ form: expect.stringMatching(/not found/) });
    // A's own collection with B's product: skipped, not added.
    expect(await collections.addProductAction(a.slug, aCollection.id, bProduct.id)).toMatchObject({ form: expect.stringMatching(/no longer in your shop/) });
    expect(await collections.updateCollectionAction(a.slug, { id: 1 } as unknown as string, empty, form({ title: "x" }))).toMatchObject({
      form: expect.stringMatching(/no longer exists/),
    });
    expect(await catalogueOf(b.id)).toEqual(bBefore);
  });
});
