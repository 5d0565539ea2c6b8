"use server";
// The product editor's actions (new and edit pages). Every export is a public endpoint:
// merchantCall checks the caller and takes the shop from that check; each action parses its
// input again and answers in the editor's own shapes (SaveResult, StockResult).
import { redirect } from "next/navigation";
import { merchantCall } from "@/app/_entry/merchant";
import { renderMarkdown } from "@/lib/catalog/markdown";
import { saveProductFromEditor, setStockFromEditor } from "@/lib/catalog/product-editor";
import { type SaveResult, type StockResult, productFormSchema, readProductForm, toEditorProduct } from "@/lib/catalog/product-form";
import { MAX_DESCRIPTION_LENGTH, MAX_STOCK } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";

const NOT_UNDERSTOOD = { ok: false, fields: { form: "The form couldn't be read. Reload the page and try again." } } as const;

/** Saves a new product and opens its edit page. */
export const createProductAction = merchantCall("catalog", async ({ actor, shop, changed }, form: unknown): Promise<SaveResult> => {
  const shape = productFormSchema.safeParse(form);
  if (!shape.success) return NOT_UNDERSTOOD;
  const { input, images, errors } = readProductForm(shape.data, shop.currency, "create");
  if (Object.keys(errors).length) return { ok: false, fields: errors };
  let id: string;
  try {
    id = (await saveProductFromEditor(db, actor, null, input, images)).product.id;
  } catch (error) {
    return refused(error);
  }
  changed({ productIds: [id] });
  redirect(`/dashboard/${shop.slug}/products/${id}?created=1`);
});

export const updateProductAction = merchantCall("catalog", async ({ actor, shop, changed }, productId: string, form: unknown): Promise<SaveResult> => {
  const shape = productFormSchema.safeParse(form);
  if (!shape.success || typeof productId !== "string") return NOT_UNDERSTOOD;
  const { input, images, errors } = readProductForm(shape.data, shop.currency, "update");
  if (Object.keys(errors).length) return { ok: false, fields: errors };
  try {
    const { product, previousHandle } = await saveProductFromEditor(db, actor, productId, input, images);
    // A new handle: the old address is cached as leading to this product, and only the
    // shop-wide tag reaches that lookup.
    changed(previousHandle !== product.handle ? {} : { productIds: [product.id] });
    // Published with words the platform reviews first: saved, unpublished until approved (lib/moderation/gate.ts).
    const held = product.moderationState === "PENDING" && input.status === "ACTIVE";
    return {
      ok: true,
      product: toEditorProduct(product),
      message: held ? "Product saved. Minishop reviews it before it is published: it is awaiting review." : "Product saved.",
    };
  } catch (error) {
    return refused(error);
  }
});

/** The quick stock edit in the variant table. */
export const setVariantStockAction = merchantCall("catalog", async ({ actor, changed }, variantId: string, stock: string): Promise<StockResult> => {
  const text = typeof stock === "string" ? stock.trim() : "";
  if (typeof variantId !== "string" || !/^\d{1,9}$/.test(text) || Number(text) > MAX_STOCK)
    return { ok: false, message: `Enter a whole number from 0 to ${MAX_STOCK}` };
  try {
    const variant = await setStockFromEditor(db, actor, variantId, Number(text));
    changed({ productIds: [variant.productId] });
    return { ok: true, variantId: variant.id, stock: variant.stock, message: `Stock of ${variant.title} set to ${variant.stock}.` };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
});

/** The description as shoppers will see it: rendered and sanitised here, never in the browser. */
export const previewDescriptionAction = merchantCall("catalog", async (_ctx, markdown: string): Promise<{ html: string } | { error: string }> => {
  if (typeof markdown !== "string") return { error: "The description couldn't be read." };
  if (markdown.length > MAX_DESCRIPTION_LENGTH) return { error: `Description must be at most ${MAX_DESCRIPTION_LENGTH} characters` };
  return { html: renderMarkdown(markdown) };
});

// What the merchant can fix comes back next to the fields; anything else is a bug and surfaces.
function refused(error: unknown): SaveResult {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "not_found") return { ok: false, fields: { form: "This product no longer exists: it may have been deleted meanwhile." } };
  return { ok: false, fields: error.fields };
}
