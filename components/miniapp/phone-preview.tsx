"use client";
// The mini-program running in a phone-sized frame: the MiniApp package's HTML pages, live on
// the Storefront API. The tabs switch the frame's page.
import { useState } from "react";

const PAGES = [
  { page: "home", label: "Home" },
  { page: "search", label: "Search" },
  { page: "cart", label: "Cart" },
  { page: "order", label: "Orders" },
];

export function PhonePreview({ base }: { base: string }) {
  const [page, setPage] = useState("home");
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Preview page" className="flex flex-wrap gap-2">
        {PAGES.map((p) => (
          <button
            key={p.page}
            type="button"
            aria-pressed={page === p.page}
            onClick={() => setPage(p.page)}
            className="rounded-full border border-slate-400 px-3 py-1 text-sm text-slate-800 aria-pressed:border-teal-700 aria-pressed:bg-teal-700 aria-pressed:text-white"
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="w-[300px] rounded-[2rem] border-[10px] border-slate-900 bg-slate-900 shadow-lg">
        <iframe key={page} title="Mini-program preview" src={`${base}/pages/${page}/${page}.html`} className="h-[560px] w-full rounded-[1.3rem] bg-white" />
      </div>
    </div>
  );
}
