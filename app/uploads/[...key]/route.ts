// Serves stored uploads. Keys are content-hashed, so responses are immutable. Only raster
// image types are served: an SVG could carry script and run on our origin.
import path from "node:path";
import { isValidKey, readFile } from "@/lib/storage/local";

const CONTENT_TYPES = new Map([
  [".webp", "image/webp"],
  [".png", "image/png"],
  [".jpg", "image/jpeg"],
  [".jpeg", "image/jpeg"],
  [".avif", "image/avif"],
]);

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const contentType = CONTENT_TYPES.get(path.extname(key));
  if (!contentType || !isValidKey(key)) return notFound();
  const file = await readFile(key);
  if (!file) return notFound();
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(file.length),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
