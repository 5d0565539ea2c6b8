import type { Metadata } from "next";
import { merchantPage } from "@/app/_entry/merchant";
import { CopySnippet } from "@/components/miniapp/copy-snippet";
import { PhonePreview } from "@/components/miniapp/phone-preview";
import { PublishForm } from "@/components/miniapp/publish-form";
import { MiniappSettingsForm } from "@/components/miniapp/settings-form";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { embedSnippet } from "@/lib/miniapp/embed";
import { PACKAGE_FILE } from "@/lib/miniapp/package";
import { getMiniappSettings, listVersions, productLinks, suggestedName } from "@/lib/miniapp/publish";
import { qrSvg, shopLink } from "@/lib/miniapp/qr";
import { allowedOrigins } from "@/lib/miniapp/source";
import { publishAction, saveMiniappSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Publish" };

const DOWNLOADS = [
  { platform: "miniapp", label: "W3C MiniApp package" },
  { platform: "wechat", label: "WeChat project" },
  { platform: "alipay", label: "Alipay project" },
] as const;

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function PublishPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "settings");
  const platformOrigin = new URL(env().APP_URL).origin;
  const [settings, versions, products, origins] = await Promise.all([
    getMiniappSettings(db, shop.id),
    listVersions(db, shop.id),
    productLinks(db, shop.id),
    allowedOrigins(db, shop.id),
  ]);
  const latest = versions[0] ?? null;
  const shopQr = await qrSvg(shopLink(platformOrigin, shop.slug));
  const api = `/api/shops/${shop.id}/miniapp`;
  const section = "space-y-4 rounded-lg border border-slate-200 p-5";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Publish</h1>
        <p className="mt-1 text-slate-700">
          Your shop as a mini-program: for WeChat, Alipay, any W3C MiniApp platform, and as an embed on your own site. The mini-program reads your catalogue
          live, so product changes show at once; publish again when you change these settings.
        </p>
      </div>

      <div className="grid gap-8 lg:grid-cols-[auto_1fr]">
        <section aria-labelledby="preview" className="space-y-3">
          <h2 id="preview" className="text-lg font-semibold">
            Preview
          </h2>
          <PhonePreview base={`/embed/${shop.slug}`} />
        </section>

        <div className="space-y-8">
          <section aria-labelledby="publish" className={section}>
            <h2 id="publish" className="text-lg font-semibold">
              Versions
            </h2>
            <PublishForm action={publishAction.bind(null, shop.slug)} suggested={suggestedName(latest)} nextCode={(latest?.code ?? 0) + 1} />
            {versions.length ? (
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Published versions</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-slate-600">
                    <th className="py-2 font-medium">Version</th>
                    <th className="py-2 font-medium">Code</th>
                    <th className="py-2 font-medium">Published (UTC)</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => (
                    <tr key={v.id} className="border-b border-slate-100">
                      <td className="py-2 font-medium">{v.name}</td>
                      <td className="py-2">{v.code}</td>
                      <td className="py-2">{dateTime.format(v.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-slate-600">Nothing published yet: publish a first version to download the packages.</p>
            )}
          </section>

          <section aria-labelledby="downloads" className={section}>
            <h2 id="downloads" className="text-lg font-semibold">
              Downloads
            </h2>
            {latest ? (
              <ul className="space-y-2">
                {DOWNLOADS.map((d) => (
                  <li key={d.platform}>
                    <a
                      href={`${api}/${d.platform}`}
                      download={PACKAGE_FILE[d.platform](shop.slug)}
                      className="font-medium text-teal-800 underline underline-offset-2"
                    >
                      {d.label}
                    </a>{" "}
                    <span className="text-sm text-slate-600">
                      ({PACKAGE_FILE[d.platform](shop.slug)}, version {latest.name})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">Publish a version first.</p>
            )}
            <p className="text-sm text-slate-600">
              Manifest: <code className="break-all">{`${platformOrigin}/api/storefront/v1/shops/${shop.slug}/miniapp/manifest.json`}</code>
            </p>
          </section>

          <section aria-labelledby="settings" className={section}>
            <h2 id="settings" className="text-lg font-semibold">
              Settings
            </h2>
            <MiniappSettingsForm action={saveMiniappSettingsAction.bind(null, shop.slug)} settings={settings} platformOrigin={platformOrigin} />
          </section>

          <section aria-labelledby="embed" className={section}>
            <h2 id="embed" className="text-lg font-semibold">
              Embed on your site
            </h2>
            <CopySnippet label="Embed snippet" snippet={embedSnippet(platformOrigin, shop.slug)} />
            <p className="text-sm text-slate-700">
              {origins.length ? <>Allowed sites: {origins.join(", ")}. </> : <>No site may embed the shop yet. </>}
              Add your site&apos;s address (like https://www.example.com) to the allowed origins in{" "}
              <a href={`/dashboard/${shop.slug}/settings`} className="text-teal-800 underline underline-offset-2">
                Settings
              </a>
              . For one product&apos;s buy button, add <code>product=&quot;its-handle&quot;</code> to the element.
            </p>
          </section>

          <section aria-labelledby="qr" className={section}>
            <h2 id="qr" className="text-lg font-semibold">
              QR codes
            </h2>
            <div className="flex flex-wrap items-center gap-4">
              <div
                className="h-32 w-32"
                role="img"
                aria-label={`QR code of ${shopLink(platformOrigin, shop.slug)}`}
                dangerouslySetInnerHTML={{ __html: shopQr }}
              />
              <div className="space-y-1 text-sm">
                <p className="font-medium">The shop</p>
                <p>
                  <a href={`${api}/qr.svg`} className="text-teal-800 underline underline-offset-2">
                    SVG
                  </a>{" "}
                  ·{" "}
                  <a href={`${api}/qr.png`} className="text-teal-800 underline underline-offset-2">
                    PNG
                  </a>
                </p>
              </div>
            </div>
            {products.length > 0 && (
              <ul className="divide-y divide-slate-100 text-sm">
                {products.map((p) => (
                  <li key={p.handle} className="flex items-center justify-between gap-3 py-2">
                    <span>{p.title}</span>
                    <span className="shrink-0">
                      <a
                        href={`${api}/qr.svg?handle=${encodeURIComponent(p.handle)}`}
                        aria-label={`QR code of ${p.title}, SVG`}
                        className="text-teal-800 underline underline-offset-2"
                      >
                        SVG
                      </a>{" "}
                      ·{" "}
                      <a
                        href={`${api}/qr.png?handle=${encodeURIComponent(p.handle)}`}
                        aria-label={`QR code of ${p.title}, PNG`}
                        className="text-teal-800 underline underline-offset-2"
                      >
                        PNG
                      </a>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
