"use client";
// The 404 page of a shop says why: unknown address, or a shop that exists but is closed.
// not-found.tsx gets no params, so the shop's layout hands the reason down by context.
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "use-intl/react";
import Link from "next/link";

const UnavailableShop = createContext<string | null>(null);

export function UnavailableShopProvider({ name, children }: { name: string; children: ReactNode }) {
  return <UnavailableShop.Provider value={name}>{children}</UnavailableShop.Provider>;
}

export function ShopNotFoundMessage() {
  const unavailable = useContext(UnavailableShop);
  const t = useTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-xl flex-1 px-6 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{unavailable ? t("unavailableTitle") : t("title")}</h1>
      <p className="mt-4 text-slate-700">{unavailable ? t("unavailableBody", { shop: unavailable }) : t("body")}</p>
      <Link href="/" prefetch={false} className="mt-8 inline-block font-medium text-teal-800 underline underline-offset-2">
        {t("home")}
      </Link>
    </main>
  );
}
