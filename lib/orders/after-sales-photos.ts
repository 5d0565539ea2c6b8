// The photos a shopper attaches to an after-sales request: checked by content (sharp, through
// processImage), at most MAX_PHOTOS of at most MAX_PHOTO_BYTES each, re-encoded without
// metadata, and stored under a private key (".photo": the public /uploads route serves image
// extensions only), so only the access-checked routes hand them out.
import "server-only";
import { AppError, msg } from "@/lib/core/errors";
import type { Db } from "@/lib/core/db";
import { ImageError, processImage } from "@/lib/images/process";
import { readCapped } from "@/lib/http/read-capped";
import { storage } from "@/lib/storage";

import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "./after-sales-options";

export { MAX_PHOTO_BYTES, MAX_PHOTOS };

export type StoredPhoto = { key: string; width: number; height: number };

export async function storeAfterSalesPhotos(shopId: string, photos: readonly Buffer[]): Promise<StoredPhoto[]> {
  if (photos.length > MAX_PHOTOS) throw AppError.invalid({ photos: msg("afterSalesTooManyPhotos", { max: MAX_PHOTOS }) });
  const tooLarge = photos.findIndex((p) => p.length > MAX_PHOTO_BYTES);
  if (tooLarge >= 0) throw new AppError("payload_too_large", { photos: msg("afterSalesPhotoTooLarge", { mb: MAX_PHOTO_BYTES / 1024 / 1024 }) });
  const processed = [];
  for (const photo of photos) {
    try {
      processed.push(await processImage(photo));
    } catch (error) {
      if (error instanceof ImageError) throw new AppError("unsupported_media_type", { photos: msg("afterSalesPhotoNotImage") });
      throw error;
    }
  }
  const stored: StoredPhoto[] = [];
  for (const image of processed) {
    const key = `private/after-sales/${shopId.toLowerCase()}/${image.key.replace(/^images\//, "").replace(/\.webp$/, "")}.photo`;
    await storage().save(key, image.buffer);
    stored.push({ key, width: image.width, height: image.height });
  }
  return stored;
}

/** A photo's bytes for the merchant of the shop (the caller checked the role) or the order's shopper (access checked). */
export async function readAfterSalesPhoto(db: Db, shopId: string, photoId: string, orderId?: string) {
  const photo = await db.afterSalesPhoto.findFirst({
    where: { id: photoId, shopId, ...(orderId ? { request: { orderId } } : {}) },
    select: { key: true },
  });
  const bytes = photo && (await storage().read(photo.key));
  if (!bytes) throw AppError.notFound("image");
  return bytes;
}

/** The answer of a photo route: private, never cached by shared caches, never sniffed. */
export function photoResponse(bytes: Buffer): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "private, max-age=3600",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(bytes.length),
    },
  });
}

// The shopper's form: the fields, "qty.<orderLineId>" per line, and up to MAX_PHOTOS files in "photos".
const MAX_FORM_BYTES = MAX_PHOTOS * MAX_PHOTO_BYTES + 256 * 1024;

/** Reads the shopper's multipart request form (size-capped while reading); AppError for anything else. */
export async function readRequestForm(request: Request) {
  const tooLarge = () => new AppError("payload_too_large", { photos: msg("afterSalesPhotoTooLarge", { mb: MAX_PHOTO_BYTES / 1024 / 1024 }) });
  if (Number(request.headers.get("content-length")) > MAX_FORM_BYTES) throw tooLarge();
  const bytes = await readCapped(request, MAX_FORM_BYTES);
  if (!bytes) throw tooLarge();
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw AppError.invalid({ form: msg("afterSalesBadForm") });
  }
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const lines = [...form.entries()].flatMap(([key, value]) =>
    key.startsWith("qty.") && typeof value === "string" ? [{ orderLineId: key.slice(4), quantity: value.trim() || "0" }] : [],
  );
  const files = form.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
  const photos = await Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer())));
  return { token: text("token"), input: { kind: text("kind"), reason: text("reason"), details: text("details"), lines }, photos };
}
