"use server";
// The product editor's actions (new and edit pages). Every export is a public endpoint: each
// checks access itself, takes the shop from that check, and parses its input again.
import { redirect } from "next/navigation";
import { storefrontChanged } from "@/lib/catalog/cache";
import { CatalogError } from "@/lib/catalog/errors";
import { renderMarkdown } from "@/lib/catalog/markdown";
import { saveProductFromEditor, setStockFromEditor } from "@/lib/catalog/product-editor";
import { type SaveResult, type StockResult, productFormSchema, readProductForm, toEditorProduct } from "@/lib/catalog/product-form";
import { MAX_DESCRIPTION_LENGTH, MAX_STOCK } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { requireShopAccess, shopActor } from "@/lib/shops/access";

const NOT_UNDERSTOOD = { ok: false, fields: { form: "The form couldn't be read. Reload the page and try again." } } as const;

/** Saves a new product and opens its edit page. */
export async function createProductAction(slug: string, form: unknown): Promise<SaveResult> {
  const access = await requireShopAccess(slug, "catalog");
  const shape = productFormSchema.safeParse(form);
  if (!shape.success) return NOT_UNDERSTOOD;
  const { input, images, errors } = readProductForm(shape.data, access.shop.currency, "create");
  if (Object.keys(errors).length) return { ok: false, fields: errors };
  let id: string;
  try {
    id = (await saveProductFromEditor(db, shopActor(access), null, input, images)).id;
  } catch (error) {
    return refused(error);
  }
  storefrontChanged(access.shop.id, { productIds: [id] });
  redirect(`/dashboard/${access.shop.slug}/products/${id}?created=1`);
}

export async function updateProductAction(slug: string, productId: string, form: unknown): Promise<SaveResult> {
  const access = await requireShopAccess(slug, "catalog");
  const shape = productFormSchema.safeParse(form);
  if (!shape.success || typeof productId !== "string") return NOT_UNDERSTOOD;
  const { input, images, errors } = readProductForm(shape.data, access.shop.currency, "update");
  if (Object.keys(errors).length) return { ok: false, fields: errors };
  try {
    const before = await db.product.findFirst({ where: { id: productId, shopId: access.shop.id }, select: { handle: true } });
    const product = await saveProductFromEditor(db, shopActor(access), productId, input, images);
    // A new handle: the old address is cached as leading to this product, and only the
    // shop-wide tag reaches that lookup.
    if (before && before.handle !== product.handle) storefrontChanged(access.shop.id);
    else storefrontChanged(access.shop.id, { productIds: [product.id] });
    return { ok: true, product: toEditorProduct(product), message: "Product saved." };
  } catch (error) {
    return refused(error);
  }
}

/** The quick stock edit in the variant table. */
export async function setVariantStockAction(slug: string, variantId: string, stock: string): Promise<StockResult> {
  const access = await requireShopAccess(slug, "catalog");
  const text = typeof stock === "string" ? stock.trim() : "";
  if (typeof variantId !== "string" || !/^\d{1,9}$/.test(text) || Number(text) > MAX_STOCK)
    return { ok: false, message: `Enter a whole number from 0 to ${MAX_STOCK}` };
  try {
    const variant = await setStockFromEditor(db, shopActor(access), variantId, Number(text));
    storefrontChanged(access.shop.id, { productIds: [variant.productId] });
    return { ok: true, variantId: variant.id, stock: variant.stock, message: `Stock of ${variant.title} set to ${variant.stock}.` };
  } catch (error) {
    if (error instanceof CatalogError) return { ok: false, message: Object.values(error.fields)[0] ?? error.message };
    throw error;
  }
}

/** The description as shoppers will see it: rendered and sanitised here, never in the browser. */
export async function previewDescriptionAction(slug: string, markdown: string): Promise<{ html: string } | { error: string }> {
  await requireShopAccess(slug, "catalog");
  if (typeof markdown !== "string") return { error: "The description couldn't be read." };
  if (markdown.length > MAX_DESCRIPTION_LENGTH) return { error: `Description must be at most ${MAX_DESCRIPTION_LENGTH} characters` };
  return { html: renderMarkdown(markdown) };
}

// What the merchant can fix comes back next to the fields; anything else is a bug and surfaces.
function refused(error: unknown): SaveResult {
  if (!(error instanceof CatalogError)) throw error;
  if (error.code === "not_found") return { ok: false, fields: { form: "This product no longer exists: it may have been deleted meanwhile." } };
  return { ok: false, fields: error.fields };
}
