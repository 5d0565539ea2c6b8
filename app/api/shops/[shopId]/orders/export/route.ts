// GET the shop's orders as a CSV download, filtered as the order list's address says
// (?q, payment, fulfilment, from, to). Answers { error: { code, message } } with a 4xx instead of
// redirecting: it's opened by a link or by fetch.
import { merchantRoute } from "@/app/_entry/merchant";
import { db } from "@/lib/db/client";
import { ordersCsv } from "@/lib/orders/merchant-orders";

export const GET = merchantRoute("orders", async ({ shop, request }) => {
  const search = new URL(request.url).searchParams;
  const filters = Object.fromEntries(["q", "payment", "fulfilment", "from", "to"].flatMap((k) => (search.get(k) ? [[k, search.get(k)!]] : [])));
  const csv = await ordersCsv(db, shop.id, filters);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // Shop slugs are [a-z0-9-]: nothing to escape in the file name.
      "Content-Disposition": `attachment; filename="${shop.slug}-orders.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
