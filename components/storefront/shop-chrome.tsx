// Header and footer of a shop's storefront, in the shop's own colour.
import Link from "next/link";
import { safeThemeColor, textColorOn, type StorefrontShop } from "@/lib/catalog/storefront";

export function ShopHeader({ shop }: { shop: StorefrontShop }) {
  const background = safeThemeColor(shop.themeColor);
  return (
    <header style={{ backgroundColor: background, color: textColorOn(background) }}>
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
        <Link href={`/s/${shop.slug}`} className="flex items-center gap-3 rounded font-semibold tracking-tight focus-visible:outline-current">
          {shop.logoUrl ? (
            // Uploads are already resized WebP files served with immutable caching.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={shop.logoUrl} alt="" width={40} height={40} className="size-10 rounded-lg ring-2 ring-current/40" />
          ) : null}
          <span className="text-lg">{shop.name}</span>
        </Link>
      </div>
    </header>
  );
}

export function ShopFooter({ shop }: { shop: StorefrontShop }) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 sm:flex-row sm:justify-between sm:px-6">
        <p>
          © {shop.name}
          {shop.contactEmail ? (
            <>
              {" · "}
              <a href={`mailto:${shop.contactEmail}`} className="underline underline-offset-2">
                {shop.contactEmail}
              </a>
            </>
          ) : null}
        </p>
        <p>
          Powered by{" "}
          <Link href="/" className="underline underline-offset-2">
            Minishop
          </Link>
        </p>
      </div>
    </footer>
  );
}
