// GET the shop's whole catalogue as a CSV download (Shopify's columns, see lib/catalog/csv-format.ts).
// Answers { error: { code, message } } with a 4xx instead of redirecting: it's opened by a link or by fetch.
import { merchantRoute } from "@/app/_entry/merchant";
import { exportProductsCsv } from "@/lib/catalog/csv";
import { db } from "@/lib/db/client";

export const GET = merchantRoute("catalog", async ({ shop }) => {
  const csv = await exportProductsCsv(db, shop.id);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // Shop slugs are [a-z0-9-]: nothing to escape in the file name.
      "Content-Disposition": `attachment; filename="${shop.slug}-products.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
