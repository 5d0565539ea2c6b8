// GET the audit log as a CSV download, filtered as /admin/audit's address says (action, shop,
// actor, from, to; every page). Platform admins with the "console" permission only.
import { adminRoute } from "@/app/_entry/admin";
import { auditCsv, auditFilters, AUDIT_FILTER_KEYS } from "@/lib/audit/viewer";
import { db } from "@/lib/db/client";

export const GET = adminRoute("console", async ({ request }) => {
  const search = new URL(request.url).searchParams;
  const filters = auditFilters(Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, search.get(k) ?? undefined])));
  const csv = await auditCsv(db, filters);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
