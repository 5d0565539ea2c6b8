"use client";

import { useRouter } from "next/navigation";

// Switches between the shops the merchant belongs to; "Open a new shop" is the last choice.
export function ShopSwitcher({ current, shops }: { current: string; shops: { slug: string; name: string }[] }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Shop</span>
      <select
        value={current}
        onChange={(e) => router.push(e.target.value === "__new" ? "/dashboard/new" : `/dashboard/${e.target.value}`)}
        className="max-w-48 rounded-md border border-slate-300 bg-white px-2 py-1.5"
      >
        {shops.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
        <option value="__new">+ Open a new shop</option>
      </select>
    </label>
  );
}
