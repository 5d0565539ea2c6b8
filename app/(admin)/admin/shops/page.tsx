import type { Metadata } from "next";
import Link from "next/link";
import { Field, SelectField } from "@/components/forms/fields";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { listShopsForAdmin, shopListFilter } from "@/lib/shops/admin-shops";
import { SHOP_STATUSES, STATUS_LABEL } from "@/lib/shops/enforcement-schemas";

export const metadata: Metadata = { title: "Shops" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminShopsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/shops", "enforce");
  const params = await searchParams;
  const filter = shopListFilter({ status: first(params.status), q: first(params.q), page: first(params.page) });
  const { total, shops, byStatus, pages } = await listShopsForAdmin(db, filter);
  const filtered = !!(filter.status || filter.q);
  const pageHref = (page: number) => {
    const query = new URLSearchParams({ ...(filter.status && { status: filter.status }), ...(filter.q && { q: filter.q }), page: String(page) });
    return `/admin/shops?${query}`;
  };

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Shops</h1>
      <p className="mt-2 text-slate-700">Every shop on the platform. Open one to warn it, give it penalty points, suspend, reinstate or close it.</p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-4">
        {SHOP_STATUSES.map((s) => (
          <div key={s} className="rounded-lg border border-slate-200 p-4">
            <dt className="text-sm font-medium text-slate-600">{STATUS_LABEL[s]}</dt>
            <dd className="mt-1 text-2xl font-semibold">{byStatus[s].toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>

      <form
        method="get"
        aria-label="Filter the shops"
        className="mt-8 grid items-end gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-[1fr_12rem_auto]"
      >
        <Field name="q" label="Search" type="search" defaultValue={filter.q ?? ""} hint="Name, address or owner's email" />
        <SelectField name="status" label="Status" defaultValue={filter.status ?? ""}>
          <option value="">Any status</option>
          {SHOP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-3">
          <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
            Filter
          </button>
          {filtered && (
            <Link href="/admin/shops" className="self-center text-sm font-medium text-teal-800 underline underline-offset-2">
              Clear
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="shops-title" className="mt-8">
        <h2 id="shops-title" className="text-xl font-semibold">
          {`${total.toLocaleString("en")} ${filtered ? "matching" : total === 1 ? "shop" : "shops"}`}
        </h2>
        {shops.length ? (
          <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Shops, newest first</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Shop
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Owner
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Trust score
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Opened
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {shops.map((shop) => (
                  <tr key={shop.id}>
                    <td className="px-4 py-2">
                      <Link href={`/admin/shops/${shop.id}`} className="font-medium text-teal-800 underline underline-offset-2">
                        {shop.name}
                      </Link>
                      <span className="block text-slate-600">/s/{shop.slug}</span>
                    </td>
                    <td className="px-4 py-2 break-all">{shop.members[0]?.user.email ?? "—"}</td>
                    <td className="px-4 py-2">{STATUS_LABEL[shop.status]}</td>
                    <td className="px-4 py-2">{shop.trustScore ?? "—"}</td>
                    <td className="px-4 py-2 whitespace-nowrap">{day.format(shop.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-slate-700">{filtered ? "No shop matches these filters." : "No shop has opened yet."}</p>
        )}
        {pages > 1 && (
          <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
            {filter.page > 1 && (
              <Link href={pageHref(filter.page - 1)} className="font-medium text-teal-800 underline underline-offset-2">
                Previous page
              </Link>
            )}
            <span>
              Page {filter.page} of {pages}
            </span>
            {filter.page < pages && (
              <Link href={pageHref(filter.page + 1)} className="font-medium text-teal-800 underline underline-offset-2">
                Next page
              </Link>
            )}
          </nav>
        )}
      </section>
    </main>
  );
}
