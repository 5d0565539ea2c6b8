import type { Metadata } from "next";
import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { AppHeader } from "@/components/app-header";
import { CreateShopForm } from "@/components/shops/create-shop-form";
import { isAdmin, requireUser } from "@/app/_entry/session";
import { currencyOptions } from "@/lib/shops/currencies";
import { createShopAction } from "./actions";

export const metadata: Metadata = { title: "Open a shop" };

export default async function NewShopPage() {
  const user = await requireUser("/dashboard/new");
  return (
    <>
      <AppHeader>
        <AccountMenu user={user} isAdmin={isAdmin(user)} />
      </AppHeader>
      <main id="main" className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <Link href="/dashboard" className="text-sm font-medium text-teal-800 underline underline-offset-2">
          ← Dashboard
        </Link>
        <h1 className="mt-4 text-3xl font-bold tracking-tight">Open a shop</h1>
        <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          New shops are reviewed by the Minishop team before shoppers can see them. You can set yours up meanwhile: add your logo, products and policies.
        </p>
        <div className="mt-8">
          <CreateShopForm action={createShopAction} currencies={currencyOptions()} defaultEmail={user.email} />
        </div>
      </main>
    </>
  );
}
