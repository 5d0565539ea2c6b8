// The picture shown when a shop's home is shared (Open Graph): its logo, name and
// description on its colour. Every glyph comes from fonts on disk and the logo from the
// shop's storage, so drawing it never reaches the network, not even the app itself.
import "server-only";
import { ImageResponse } from "next/og";
import sharp from "sharp";
import { shopTheme } from "@/lib/storefront/storefront";
import { storage } from "@/lib/storage";
import { uploadedKey } from "@/lib/storage/urls";
import { drawable, fontsFor } from "./fonts";

export const OG_SIZE = { width: 1200, height: 630 };
const LOGO_SIZE = 144;

export type CardShop = { name: string; description: string; themeColor: string; logoUrl: string | null };

/** The shop's logo as a PNG data URL (satori reads no WebP), or null without a readable one. */
export async function logoDataUrl(logoUrl: string | null): Promise<string | null> {
  const key = logoUrl ? uploadedKey(logoUrl) : null;
  const file = key ? await storage().read(key) : null;
  if (!file) return null;
  const png = await sharp(file)
    .resize(LOGO_SIZE * 2, LOGO_SIZE * 2, { fit: "inside" }) // sharp on high-density previews
    .png()
    .toBuffer()
    .catch(() => null); // a stored file sharp can't decode: the card goes without the logo
  return png && `data:image/png;base64,${png.toString("base64")}`;
}

export async function shopCard(shop: CardShop): Promise<ImageResponse> {
  const theme = shopTheme(shop.themeColor);
  const short = shop.description.length > 160 ? `${shop.description.slice(0, 159)}…` : shop.description;
  const [name, description, logo] = await Promise.all([drawable(shop.name), drawable(short), logoDataUrl(shop.logoUrl)]);
  const footer = "Minishop";
  const fonts = [...(await fontsFor([name], 700)), ...(await fontsFor([description, footer], 400))];
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 80,
        background: theme.accent,
        color: theme.onAccent,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
          <img src={logo} alt="" width={LOGO_SIZE} height={LOGO_SIZE} style={{ objectFit: "contain", borderRadius: 24, background: "#ffffff" }} />
        ) : null}
        <div style={{ fontSize: 80, fontWeight: 700, lineHeight: 1.1 }}>{name}</div>
        {description ? <div style={{ fontSize: 36, lineHeight: 1.35, opacity: 0.9 }}>{description}</div> : null}
      </div>
      <div style={{ fontSize: 28, opacity: 0.8 }}>{footer}</div>
    </div>,
    { ...OG_SIZE, fonts },
  );
}
