import type { Metadata } from "next";
import { ProductEditor } from "@/components/products/product-editor";
import { merchantPage } from "@/app/_entry/merchant";
import { createProductAction, previewDescriptionAction } from "../editor-actions";

export const metadata: Metadata = { title: "Add product" };

export default async function NewProductPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "catalog");
  return (
    <ProductEditor
      shop={{ id: shop.id, slug: shop.slug, currency: shop.currency, status: shop.status }}
      product={null}
      actions={{
        create: createProductAction.bind(null, shop.slug),
        preview: previewDescriptionAction.bind(null, shop.slug),
      }}
    />
  );
}
