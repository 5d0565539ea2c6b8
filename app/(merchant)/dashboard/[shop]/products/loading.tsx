import { ListLoading } from "@/components/dashboard/list-loading";

// Shown while a page of products loads (a new search, filter or page).
export default function LoadingProducts() {
  return <ListLoading title="Products" noun="products" pictures />;
}
