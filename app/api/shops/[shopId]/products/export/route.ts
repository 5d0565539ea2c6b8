// GET the shop's whole catalogue as a CSV download (Shopify's columns, see lib/catalog/csv-format.ts).
// Answers { error } with a 4xx instead of redirecting: it's opened by a link or by fetch.
import { exportProductsCsv } from "@/lib/catalog/csv";
import { db } from "@/lib/db/client";
import { shopAccessForApi } from "@/lib/shops/access";

export async function GET(_request: Request, ctx: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await ctx.params;
  const access = await shopAccessForApi(shopId, "catalog");
  if (!access.ok) return Response.json({ error: access.error }, { status: access.status, headers: { "Cache-Control": "no-store" } });
  const csv = await exportProductsCsv(db, access.shop.id);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // Shop slugs are [a-z0-9-]: nothing to escape in the file name.
      "Content-Disposition": `attachment; filename="${access.shop.slug}-products.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
