import Link from "next/link";

// The frame around the account pages: a narrow card, centred, full width on phones.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:py-16">
      <Link href="/" className="text-xl font-bold tracking-tight text-teal-800">
        Minishop
      </Link>
      <main id="main" className="mt-6 w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        {children}
      </main>
    </div>
  );
}
