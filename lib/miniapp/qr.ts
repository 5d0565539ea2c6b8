// QR codes of a shop's links (the shop, each product), as SVG for pages and PNG for print.
import "server-only";
import QRCode from "qrcode";

export function shopLink(platformOrigin: string, slug: string, handle?: string) {
  return handle ? `${platformOrigin}/s/${slug}/p/${encodeURIComponent(handle)}` : `${platformOrigin}/s/${slug}`;
}

// Error correction M: still readable with a sixth of it smudged, and small enough for a label.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...OPTIONS, type: "svg" });
}

export function qrPng(link: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(link, { ...OPTIONS, type: "png", width });
}
