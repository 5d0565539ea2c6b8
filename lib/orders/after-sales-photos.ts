// The photos a shopper attaches to an after-sales request: checked by content (sharp, through
// processImage), at most MAX_PHOTOS of at most MAX_PHOTO_BYTES each, re-encoded without
// metadata, and stored under a private key (".photo": the public /uploads route serves image
// extensions only), so only the access-checked routes hand them out.
import "server-only";
import { AppError, msg } from "@/lib/core/errors";
import type { Db } from "@/lib/core/db";
import { ImageError, processImage } from "@/lib/images/process";
import { storage } from "@/lib/storage";

export const MAX_PHOTOS = 4;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

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
    headers: { "Content-Type": "image/webp", "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff", "Content-Length": String(bytes.length) },
  });
}
