"use client";
// The 404 page of a shop says why: unknown address, or a shop that exists but is closed.
// not-found.tsx gets no params, so the shop's layout hands the reason down by context.
import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";

const UnavailableShop = createContext<string | null>(null);

export function UnavailableShopProvider({ name, children }: { name: string; children: ReactNode }) {
  return <UnavailableShop.Provider value={name}>{children}</UnavailableShop.Provider>;
}

export function ShopNotFoundMessage() {
  const unavailable = useContext(UnavailableShop);
  return (
    <main id="main" className="mx-auto max-w-xl flex-1 px-6 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{unavailable ? "This shop is unavailable" : "Page not found"}</h1>
      <p className="mt-4 text-slate-700">
        {unavailable ? `${unavailable} is not open at the moment. Please come back later.` : "There is no shop or page at this address. Check the link, or start again from the home page."}
      </p>
      <Link href="/" className="mt-8 inline-block font-medium text-teal-800 underline underline-offset-2">
        Go to Minishop
      </Link>
    </main>
  );
}
