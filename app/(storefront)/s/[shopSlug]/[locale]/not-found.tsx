import { ShopNotFoundMessage } from "@/components/storefront/shop-not-found";

// Unknown shops, closed shops, missing or unpublished products: all answer 404.
export default function ShopNotFound() {
  return <ShopNotFoundMessage />;
}
