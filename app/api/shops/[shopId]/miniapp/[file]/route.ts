// The Publish page's downloads, owners only: GET …/miniapp/<miniapp|wechat|alipay> answers
// the published version's package as a ZIP (.ma for the W3C package); GET …/miniapp/qr.svg
// and qr.png (?handle=<product>) a QR code of the shop's or a product's link.
import { merchantRoute } from "@/app/_entry/merchant";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { FILES, PACKAGE_FILE, PLATFORMS, zip, type Platform } from "@/lib/miniapp/package";
import { qrPng, qrSvg, shopLink } from "@/lib/miniapp/qr";
import { miniappSource } from "@/lib/miniapp/source";

export const GET = merchantRoute<{ shopId: string; file: string }>("settings", async ({ shop, params, request }) => {
  const platformOrigin = new URL(env().APP_URL).origin;
  if (params.file === "qr.svg" || params.file === "qr.png") {
    const handle = new URL(request.url).searchParams.get("handle")?.slice(0, 200) || undefined;
    const link = shopLink(platformOrigin, shop.slug, handle);
    const name = `${shop.slug}${handle ? `-${handle.replace(/[^a-z0-9-]/gi, "")}` : ""}-qr`;
    if (params.file === "qr.svg")
      return new Response(await qrSvg(link), { headers: { "Content-Type": "image/svg+xml", "Content-Disposition": `inline; filename="${name}.svg"` } });
    return new Response(new Uint8Array(await qrPng(link)), {
      headers: { "Content-Type": "image/png", "Content-Disposition": `attachment; filename="${name}.png"` },
    });
  }
  if (!PLATFORMS.includes(params.file as Platform)) throw AppError.notFound("page");
  const platform = params.file as Platform;
  // Downloads are of a published version: publish first (the page says so).
  const { input } = await miniappSource(db, { id: shop.id }, { platformOrigin, published: true });
  return new Response(Buffer.from(zip(FILES[platform](input))), {
    headers: {
      "Content-Type": platform === "miniapp" ? "application/miniapp-pkg+zip" : "application/zip",
      "Content-Disposition": `attachment; filename="${PACKAGE_FILE[platform](shop.slug)}"`,
      "Cache-Control": "no-store",
    },
  });
});
