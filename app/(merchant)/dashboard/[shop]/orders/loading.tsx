import { ListLoading } from "@/components/dashboard/list-loading";

// Shown while a page of orders loads (a new search, filter or page).
export default function LoadingOrders() {
  return <ListLoading title="Orders" noun="orders" />;
}
