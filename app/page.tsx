import Link from "next/link";

export default function HomePage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-4xl font-bold tracking-tight">Minishop</h1>
      <p className="mt-4 text-lg text-slate-700">Open a shop in minutes, sell anywhere: on your site, inside other apps, as a mini-program.</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-up" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
          Open your shop
        </Link>
        <Link href="/sign-in" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">
          Sign in
        </Link>
        <Link href="/s/demo" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">
          Visit the demo shop
        </Link>
      </div>
    </main>
  );
}
