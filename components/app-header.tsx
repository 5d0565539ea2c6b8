import Link from "next/link";

// The top bar of signed-in pages; `children` is usually the AccountMenu.
export function AppHeader({ children, home = "/dashboard" }: { children?: React.ReactNode; home?: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href={home} className="text-lg font-bold tracking-tight text-teal-800">
          Minishop
        </Link>
        {children}
      </div>
    </header>
  );
}
