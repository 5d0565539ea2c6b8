import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Forbidden" };

// Rendered, with status 403, when a signed-in user opens a page their role doesn't allow.
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Forbidden</h1>
      <p className="mt-4 text-slate-700">Your account doesn&apos;t have access to this page.</p>
      <Link href="/dashboard" className="mt-8 inline-block font-medium text-teal-800 underline underline-offset-2">
        Go to your dashboard
      </Link>
    </main>
  );
}
