// The product editor's server actions and the picture upload route, called as Next.js calls
// them with only the session faked; then every catalogue write's own role check, inside its
// transaction, for a caller that isn't (or is no longer) a member. Staff run the catalogue
// like owners; other shops' members get the 404 page (or 404 JSON) and change nothing.
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { bulkDelete, bulkSetStatus } from "@/lib/catalog/bulk";
import { addCollection, addToCollection, editCollection, moveCollection, removeCollection } from "@/lib/catalog/collection-edits";
import { importCsvForShop } from "@/lib/catalog/csv-import";
import { saveProductFromEditor, setStockFromEditor } from "@/lib/catalog/product-editor";
import type { ProductForm } from "@/lib/catalog/product-form";
import { createProduct } from "@/lib/catalog/products";
import type { ShopActor } from "@/lib/core/actor";
import { db } from "@/lib/db/client";
import { startStripeOnboarding } from "@/lib/payments/stripe-connect";
import { session } from "@/tests/support/session";
import { makeMember, makeOpenShop } from "@/tests/support/shop-fixtures";
import { catalogueOf, reserve } from "../support/catalog-fixtures";
import { statementCounter } from "../support/statements";

const { revalidateTag } = await import("next/cache");
const editor = await import("@/app/(merchant)/dashboard/[shop]/products/editor-actions");
const images = await import("@/app/api/shops/[shopId]/images/route");
const counted = statementCounter();

type Shop = Awaited<ReturnType<typeof makeOpenShop>>;

const signIn = { digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/sign-in\?next=/) };
const page404 = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };

const variant = (option1: string, price: string, stock: string | null = null) => ({
  option1,
  option2: null,
  option3: null,
  sku: "",
  price,
  compareAt: "",
  stock,
  trackStock: true,
});
/** The editor's form as the browser sends it: prices as typed. */
const teeForm = (extra: Partial<ProductForm> = {}): ProductForm => ({
  title: "Linen Tee",
  handle: "",
  descriptionMd: "Washed *linen*.",
  status: "DRAFT",
  tags: "summer",
  lowStockThreshold: "0",
  options: [{ name: "Size", values: ["S", "M"] }],
  variants: [variant("S", "29.00", "3"), variant("M", "31.00", "4")],
  images: [],
  ...extra,
});

async function shopWithOwner() {
  const shop = await makeOpenShop();
  const owner = await makeMember(shop.id, "OWNER");
  return { shop, owner, actor: { shopId: shop.id, userId: owner.id, role: "OWNER" } as ShopActor };
}

/** The product the editor saved, by redirecting to its page. */
async function created(shop: Shop, form: ProductForm) {
  const error = await editor.createProductAction(shop.slug, form).catch((e: { digest?: string }) => e);
  const id = /\/products\/(\w+)\?created=1;/.exec((error as { digest?: string }).digest ?? "")?.[1];
  if (!id) throw new Error(`no redirect: ${JSON.stringify(error)}`);
  return db.product.findUniqueOrThrow({ where: { id }, include: { variants: { orderBy: { position: "asc" } } } });
}

beforeEach(() => {
  session.user = null;
  vi.mocked(revalidateTag).mockClear();
});

describe("the product editor's actions", () => {
  it("creates a product (staff too), opens its page, audits it and expires its storefront pages", async () => {
    const { shop } = await shopWithOwner();
    session.user = await makeMember(shop.id, "STAFF");
    const product = await created(shop, teeForm());
    expect(product).toMatchObject({ title: "Linen Tee", handle: "linen-tee", status: "DRAFT" });
    expect(product.variants.map((v) => [v.option1, v.priceAmount, v.stock])).toEqual([
      ["S", 2900, 3],
      ["M", 3100, 4],
    ]);
    expect(await db.auditLog.count({ where: { shopId: shop.id, action: "product.created", actorId: session.user.id, targetId: product.id } })).toBe(1);
    expect(revalidateTag).toHaveBeenCalledWith(`product:${product.id}`, { expire: 0 });
  });

  it("refuses a bad form next to its fields, and writes nothing", async () => {
    const { shop, owner } = await shopWithOwner();
    session.user = owner;
    const before = await catalogueOf(shop.id);
    const reply = await editor.createProductAction(shop.slug, teeForm({ title: " ", variants: [variant("S", "twelve"), variant("M", "1")] }));
    expect(reply).toEqual({ ok: false, fields: { title: "Enter a title", "variants.0.priceAmount": expect.stringMatching(/price/) } });
    expect(await editor.createProductAction(shop.slug, { title: 42 })).toEqual({
      ok: false,
      fields: { form: "The form couldn't be read. Reload the page and try again." },
    });
    expect(await catalogueOf(shop.id)).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("saves an edit and answers the saved product; a new handle expires the whole shop", async () => {
    const { shop, owner } = await shopWithOwner();
    session.user = owner;
    const product = await created(shop, teeForm());
    vi.mocked(revalidateTag).mockClear();
    const edit = teeForm({ title: "Linen Tee II", handle: product.handle, variants: [variant("S", "30.00"), variant("M", "31.00")] });
    const saved = await editor.updateProductAction(shop.slug, product.id, edit);
    expect(saved).toMatchObject({ ok: true, message: "Product saved.", product: { id: product.id, title: "Linen Tee II" } });
    expect(revalidateTag).toHaveBeenCalledWith(`product:${product.id}`, { expire: 0 });
    expect(revalidateTag).not.toHaveBeenCalledWith(`shop:${shop.id}`, { expire: 0 });

    vi.mocked(revalidateTag).mockClear();
    expect(await editor.updateProductAction(shop.slug, product.id, { ...edit, handle: "linen-tee-2" })).toMatchObject({ ok: true });
    expect(revalidateTag).toHaveBeenCalledWith(`shop:${shop.id}`, { expire: 0 });
    expect(
      await db.auditLog.findFirst({ where: { targetId: product.id, action: "product.updated" }, orderBy: { createdAt: "desc" }, select: { data: true } }),
    ).toMatchObject({
      data: { handle: "linen-tee-2", previousHandle: product.handle },
    });
  });

  it("refuses a bad edit and another shop's product, changing nothing", async () => {
    const { shop, owner } = await shopWithOwner();
    const other = await shopWithOwner();
    const theirs = await createProduct(db, other.shop.id, { title: "Theirs", variants: [{ priceAmount: 100 }] });
    session.user = owner;
    const product = await created(shop, teeForm());
    const before = await catalogueOf(shop.id);
    const theirsBefore = await catalogueOf(other.shop.id);
    expect(await editor.updateProductAction(shop.slug, product.id, teeForm({ handle: "" }))).toEqual({
      ok: false,
      fields: { handle: "Enter a handle, like summer-tee" },
    });
    expect(await editor.updateProductAction(shop.slug, theirs.id, teeForm({ handle: "stolen" }))).toEqual({
      ok: false,
      fields: { form: "This product no longer exists: it may have been deleted meanwhile." },
    });
    expect(await editor.updateProductAction(shop.slug, { id: product.id } as unknown as string, teeForm({ handle: "x" }))).toMatchObject({ ok: false });
    expect(await catalogueOf(shop.id)).toEqual(before);
    expect(await catalogueOf(other.shop.id)).toEqual(theirsBefore);
  });

  it("sets a variant's stock, but not below what checkouts hold, nor someone else's", async () => {
    const { shop, owner } = await shopWithOwner();
    const other = await shopWithOwner();
    const theirs = await createProduct(db, other.shop.id, { title: "Theirs", variants: [{ priceAmount: 100, stock: 5 }] });
    session.user = owner;
    const [s] = (await created(shop, teeForm())).variants;
    expect(await editor.setVariantStockAction(shop.slug, s.id, " 12 ")).toEqual({ ok: true, variantId: s.id, stock: 12, message: "Stock of S set to 12." });
    expect(revalidateTag).toHaveBeenCalledWith(`product:${s.productId}`, { expire: 0 });

    await reserve(s.id, 5);
    expect(await editor.setVariantStockAction(shop.slug, s.id, "4")).toEqual({ ok: false, message: "5 held by open checkouts: stock can't go below 5" });
    expect(await editor.setVariantStockAction(shop.slug, s.id, "-1")).toEqual({ ok: false, message: "Enter a whole number from 0 to 10000000" });
    expect(await editor.setVariantStockAction(shop.slug, theirs.variants[0].id, "0")).toEqual({ ok: false, message: "Variant not found." });
    expect((await db.variant.findUniqueOrThrow({ where: { id: s.id } })).stock).toBe(12);
    expect((await db.variant.findUniqueOrThrow({ where: { id: theirs.variants[0].id } })).stock).toBe(5);
  });

  it("previews a description as shoppers will see it: rendered, scripts gone", async () => {
    const { shop, owner } = await shopWithOwner();
    session.user = owner;
    const preview = await editor.previewDescriptionAction(shop.slug, "**Soft** linen <script>alert(1)</script>");
    expect(preview).toEqual({ html: expect.stringContaining("<strong>Soft</strong>") });
    expect((preview as { html: string }).html).not.toContain("<script");
    expect(await editor.previewDescriptionAction(shop.slug, "x".repeat(20_001))).toEqual({ error: expect.stringMatching(/at most/) });
    expect(await editor.previewDescriptionAction(shop.slug, { md: 1 } as unknown as string)).toEqual({ error: "The description couldn't be read." });
  });

  it("keeps other shops' members and guests out of every editor action", async () => {
    const { shop, owner } = await shopWithOwner();
    session.user = owner;
    const product = await created(shop, teeForm());
    const before = await catalogueOf(shop.id);
    session.user = await makeMember((await makeOpenShop()).id, "OWNER");
    await expect(editor.createProductAction(shop.slug, teeForm({ title: "Intruder" }))).rejects.toMatchObject(page404);
    await expect(editor.updateProductAction(shop.slug, product.id, teeForm({ handle: product.handle, title: "Hacked" }))).rejects.toMatchObject(page404);
    await expect(editor.setVariantStockAction(shop.slug, product.variants[0].id, "0")).rejects.toMatchObject(page404);
    await expect(editor.previewDescriptionAction(shop.slug, "hi")).rejects.toMatchObject(page404);
    session.user = null;
    await expect(editor.updateProductAction(shop.slug, product.id, teeForm({ handle: product.handle }))).rejects.toMatchObject(signIn);
    expect(await catalogueOf(shop.id)).toEqual(before);
  });
});

describe("the product editor's save", () => {
  it("reads the product twice (locked for the plan, then for the editor): 17 statements with its transaction", async () => {
    const { actor } = await shopWithOwner();
    const picture = (alt: string) => ({ id: null, url: `/uploads/images/${alt.padEnd(32, "0")}.webp`, width: 10, height: 10, alt });
    const input = {
      title: "Tee",
      options: [{ name: "Size", values: ["S", "M"] }],
      variants: [
        { option1: "S", priceAmount: 1000 },
        { option1: "M", priceAmount: 1200 },
      ],
    };
    const { product } = await saveProductFromEditor(db, actor, null, input, [picture("a"), picture("b")]);
    const kept = product.images.map(({ id, url, width, height, alt }) => ({ id, url, width, height, alt }));
    const { result, statements } = await counted(() =>
      saveProductFromEditor(db, actor, product.id, { ...input, title: "Tee 2", handle: product.handle }, kept),
    );
    expect(result).toMatchObject({ previousHandle: product.handle, product: { title: "Tee 2", images: [{ alt: "a" }, { alt: "b" }] } });
    // Before issue 8: 29 (the product read five times: the action's, before, locked, updateProduct's own, after).
    expect(statements).toBeLessThanOrEqual(17);
  });
});

describe("the picture upload route", () => {
  const post = (shopId: string, body: FormData | string, headers: Record<string, string> = {}) =>
    images.POST(new Request(`http://localhost/api/shops/${shopId}/images`, { method: "POST", body, headers }), { params: Promise.resolve({ shopId }) });
  const png = async () => {
    const form = new FormData();
    const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#0f766e" } })
      .png()
      .toBuffer();
    form.set("file", new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" }));
    return form;
  };

  it("stores a picture for staff, and answers what isn't one with the JSON error reply", async () => {
    const { shop } = await shopWithOwner();
    session.user = await makeMember(shop.id, "STAFF");
    const stored = await post(shop.id, await png());
    expect(stored.status).toBe(201);
    expect(await stored.json()).toEqual({ url: expect.stringMatching(/^\/uploads\/images\/[0-9a-f]{32}\.webp$/), width: 40, height: 30 });

    const text = new FormData();
    text.set("file", new File(["<svg onload=alert(1)>"], "x.svg", { type: "image/svg+xml" }));
    const refused = await post(shop.id, text);
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({
      error: { code: "unsupported_media_type", message: expect.stringMatching(/not a JPEG, PNG/), fields: { file: expect.any(String) } },
    });
    const none = await post(shop.id, new FormData());
    expect([none.status, (await none.json()).error.message]).toEqual([400, "Choose a picture to upload."]);
    const big = await post(shop.id, "x", { "Content-Length": String(11 * 1024 * 1024), "Content-Type": "multipart/form-data; boundary=x" });
    expect([big.status, (await big.json()).error.code]).toEqual([413, "payload_too_large"]);
  });

  it("refuses another shop's member (404), a guest (401) and another site (403)", async () => {
    const { shop, owner } = await shopWithOwner();
    session.user = await makeMember((await makeOpenShop()).id, "OWNER");
    const outsider = await post(shop.id, await png());
    expect([outsider.status, await outsider.json()]).toEqual([404, { error: { code: "not_found", message: "Shop not found." } }]);
    session.user = null;
    expect((await post(shop.id, await png())).status).toBe(401);
    session.user = owner;
    expect((await post(shop.id, await png(), { "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
  });
});

describe("every catalogue write checks the caller's role inside its transaction", () => {
  it("refuses a caller who is no member of the shop (or was removed), and writes nothing", async () => {
    const { shop, owner, actor } = await shopWithOwner();
    const product = await createProduct(db, shop.id, { title: "Mug", variants: [{ priceAmount: 900, stock: 2 }] });
    const { id: collectionId } = await addCollection(db, actor, { title: "Kitchen" });
    // The owner is removed after the page was checked: the actor the entry resolved is stale.
    await db.shopMember.deleteMany({ where: { shopId: shop.id, userId: owner.id } });
    const before = await catalogueOf(shop.id);
    const audits = await db.auditLog.count({ where: { shopId: shop.id } });
    const writes: (() => Promise<unknown>)[] = [
      () => saveProductFromEditor(db, actor, null, { title: "Ghost", variants: [{ priceAmount: 100 }] }, []),
      () => saveProductFromEditor(db, actor, product.id, { title: "Ghost", handle: product.handle }, []),
      () => setStockFromEditor(db, actor, product.variants[0].id, 0),
      () => bulkSetStatus(db, actor, [product.id], "ARCHIVED"),
      () => bulkDelete(db, actor, [product.id]),
      () => addCollection(db, actor, { title: "Ghosts" }),
      () => editCollection(db, actor, collectionId, { title: "Renamed" }),
      () => addToCollection(db, actor, collectionId, [product.id]),
      () => moveCollection(db, actor, collectionId, "up"),
      () => removeCollection(db, actor, collectionId),
      () => importCsvForShop(db, actor, "Handle,Title,Variant Price\nghost,Ghost,1.00"),
    ];
    for (const write of writes) await expect(write()).rejects.toMatchObject({ code: "not_found" });
    expect(await catalogueOf(shop.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { shopId: shop.id } })).toBe(audits);
  });

  it("refuses Stripe onboarding to staff before calling Stripe", async () => {
    const { shop } = await shopWithOwner();
    const staff: CurrentUser = await makeMember(shop.id, "STAFF");
    const stripe = { accounts: { create: vi.fn() }, accountLinks: { create: vi.fn() } };
    const urls = { refreshUrl: "https://app.test/r", returnUrl: "https://app.test/b" };
    await expect(startStripeOnboarding(db, { shopId: shop.id, userId: staff.id, role: "STAFF" }, urls, { stripe: stripe as never })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(stripe.accounts.create).not.toHaveBeenCalled();
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).stripeAccountId).toBeNull();
  });
});
