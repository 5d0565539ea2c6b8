// Serves stored uploads from whichever storage runs (local disk, or the S3 bucket when no
// S3_PUBLIC_URL sends browsers there directly). Keys are content-hashed, so responses are
// immutable. Only raster image types are served: an SVG could carry script and run on our origin.
// Private keys (review documents) are never served here, whatever their type.
import { isValidKey, storage } from "@/lib/storage";
import { IMMUTABLE, imageContentType, isPrivateKey } from "@/lib/storage/keys";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const contentType = imageContentType(key);
  if (!contentType || !isValidKey(key) || isPrivateKey(key)) return notFound();
  const file = await storage().stream(key);
  if (!file) return notFound();
  const headers: Record<string, string> = { "Content-Type": contentType, "Cache-Control": IMMUTABLE, "X-Content-Type-Options": "nosniff" };
  if (file.size !== undefined) headers["Content-Length"] = String(file.size);
  return new Response(file.body, { headers });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
