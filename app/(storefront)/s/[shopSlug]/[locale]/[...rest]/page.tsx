import { notFound } from "next/navigation";

// Any other address inside a shop: the shop's own 404 page, in its frame and language.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export default function UnknownShopPage(): never {
  notFound();
}
