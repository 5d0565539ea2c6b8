import type { Metadata } from "next";
import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { AppHeader } from "@/components/app-header";
import { isAdmin, requireUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { listMyShops } from "@/lib/shops/access";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const memberships = await listMyShops(db, user.id, "joined");

  return (
    <>
      <AppHeader>
        <AccountMenu user={user} isAdmin={isAdmin(user)} />
      </AppHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
        {memberships.length === 0 ? (
          <section className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center">
            <h2 className="text-xl font-semibold">You have no shop yet</h2>
            <p className="mt-2 text-slate-700">Open one in a few minutes: give it a name, add a product, and share the link.</p>
            <Link href="/dashboard/new" className="mt-6 inline-block rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
              Open a shop
            </Link>
          </section>
        ) : (
          <section className="mt-8">
            <h2 className="text-xl font-semibold">Your shops</h2>
            <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
              {memberships.map(({ shop, role }) => (
                <li key={shop.id} className="flex justify-between px-4 py-3">
                  <Link href={`/dashboard/${shop.slug}`} className="font-medium text-teal-800 underline underline-offset-2">
                    {shop.name}
                  </Link>
                  <span className="text-sm text-slate-600">{role === "OWNER" ? "Owner" : "Staff"}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
