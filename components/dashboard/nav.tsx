"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Section links of a shop's dashboard (a sidebar) or of the admin console (a row); the current
// section is marked for screen readers too.
export function DashboardNav({ links, label = "Shop sections", row = false }: { links: { href: string; label: string }[]; label?: string; row?: boolean }) {
  const pathname = usePathname();
  const current = links.filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label}>
      <ul className={row ? "flex flex-wrap gap-1" : "flex gap-1 overflow-x-auto md:flex-col"}>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link === current ? "page" : undefined}
              className="block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-teal-50 aria-[current=page]:text-teal-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
