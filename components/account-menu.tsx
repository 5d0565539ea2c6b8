// Who is signed in, their orders, and a way out. Fits in any header; the sign-out is a plain
// form post to a server action, so it works before the page's JavaScript has loaded.
import Link from "next/link";
import { signOut } from "@/app/(auth)/actions";

type Props = { user: { name: string; email: string }; isAdmin?: boolean };

const link =
  "rounded-sm font-medium text-teal-800 underline underline-offset-2 hover:text-teal-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700";

export function AccountMenu({ user, isAdmin = false }: Props) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <p className="hidden text-right sm:block">
        <span className="sr-only">Signed in as </span>
        <span className="font-medium text-slate-900">{user.name}</span>
        <span className="block text-slate-600">{user.email}</span>
      </p>
      {/* Everyone can buy, merchants and admins too: their orders in every shop. */}
      <Link href="/account/orders" className={link}>
        Your orders
      </Link>
      {isAdmin && (
        <Link href="/admin" className={link}>
          Admin
        </Link>
      )}
      <form action={signOut}>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100">
          Sign out
        </button>
      </form>
    </div>
  );
}
