import type { Metadata } from "next";
import { ProductEditor } from "@/components/products/product-editor";
import { renderMarkdown } from "@/lib/catalog/markdown";
import { toEditorProduct } from "@/lib/catalog/product-form";
import { getProductForEdit } from "@/lib/catalog/products";
import { db } from "@/lib/db/client";
import { merchantPage, orNotFound } from "@/app/_entry/merchant";
import { ProductHoldPanel } from "@/components/moderation/product-hold";
import { productHolds } from "@/lib/moderation/merchant";
import { appealTakedownAction } from "../moderation-actions";
import { previewDescriptionAction, setVariantStockAction, updateProductAction } from "../editor-actions";

export const metadata: Metadata = { title: "Edit product" };

type Props = { params: Promise<{ shop: string; productId: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const { shop: slug, productId } = await params;
  const { shop } = await merchantPage(slug, "catalog");
  // Another shop's product id answers 404, exactly like one that doesn't exist.
  const product = await orNotFound(getProductForEdit(db, shop.id, productId));
  const created = (await searchParams).created === "1";
  const hold = (await productHolds(db, shop.id, [product.id])).get(product.id);
  const editor = (
    <ProductEditor
      shop={{ id: shop.id, slug: shop.slug, currency: shop.currency, status: shop.status }}
      product={toEditorProduct(product)}
      descriptionHtml={renderMarkdown(product.descriptionMd)}
      notice={created ? "Product created." : undefined}
      actions={{
        update: updateProductAction.bind(null, shop.slug, product.id),
        setStock: setVariantStockAction.bind(null, shop.slug),
        preview: previewDescriptionAction.bind(null, shop.slug),
      }}
    />
  );
  if (!hold) return editor;
  return (
    <div className="space-y-6">
      <ProductHoldPanel hold={hold} appeal={appealTakedownAction.bind(null, shop.slug, product.id)} />
      {editor}
    </div>
  );
}
