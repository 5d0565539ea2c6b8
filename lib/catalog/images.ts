// Pictures of a product, in the order the merchant sets (the first one shows in lists).
// The file itself is processed by lib/images/process.ts and stored by lib/storage (disk or S3);
// removing an image keeps the file: it is content-addressed and may be shared.
import { z } from "zod";
import { ImageError, processImage } from "@/lib/images/process";
import { storage } from "@/lib/storage";
import { uploadedKey } from "@/lib/storage/urls";
import { transaction, type Db } from "@/lib/core/db";
import { AppError, parseInput } from "@/lib/core/errors";
import { sameSet } from "./schemas";

export const MAX_IMAGES_PER_PRODUCT = 50;
const MAX_ALT_LENGTH = 512;

const alt = z.string().trim().max(MAX_ALT_LENGTH, `Alt text must be at most ${MAX_ALT_LENGTH} characters`);

/** Our own uploads ("/uploads/images/….webp" or under S3_PUBLIC_URL) or an https URL: never javascript:, data: or http:. */
export const imageUrlSchema = z
  .string()
  .max(2000)
  .refine((url) => uploadedKey(url) !== null || /^https:\/\/[^\s]+$/.test(url), "Use an uploaded image or an https:// address");

const imageInputSchema = z.object({
  url: imageUrlSchema,
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  alt: alt.default(""),
});
export type ProductImageInput = z.input<typeof imageInputSchema>;

const IMAGE_SELECT = { id: true, url: true, alt: true, width: true, height: true, position: true } as const;

/** Appends an already stored image to the product's pictures. */
export async function addProductImage(db: Db, shopId: string, productId: string, input: ProductImageInput) {
  const image = parseInput(imageInputSchema, input);
  return transaction(db, async (tx) => {
    await lockProduct(tx, shopId, productId);
    const { _count, _max } = await tx.productImage.aggregate({ where: { shopId, productId }, _count: true, _max: { position: true } });
    if (_count >= MAX_IMAGES_PER_PRODUCT) throw AppError.invalid({ images: `A product can have at most ${MAX_IMAGES_PER_PRODUCT} images` });
    return tx.productImage.create({ data: { shopId, productId, ...image, position: (_max.position ?? -1) + 1 }, select: IMAGE_SELECT });
  });
}

/** Processes an uploaded file (resized WebP, metadata stripped), stores it and appends it. */
export async function uploadProductImage(db: Db, shopId: string, productId: string, file: Buffer, altText = "") {
  // Check the product first: no file work for someone else's product.
  if (!(await db.product.findFirst({ where: { id: productId, shopId }, select: { id: true } }))) throw AppError.notFound("product");
  const processed = await processImage(file).catch((error: unknown) => {
    if (error instanceof ImageError) throw AppError.invalid({ file: error.message });
    throw error;
  });
  const files = storage();
  await files.save(processed.key, processed.buffer);
  return addProductImage(db, shopId, productId, { url: files.publicUrl(processed.key), width: processed.width, height: processed.height, alt: altText });
}

/** Sets the order of all the product's images: `imageIds` must list each of them once. */
export async function reorderProductImages(db: Db, shopId: string, productId: string, imageIds: string[]) {
  await transaction(db, async (tx) => {
    await lockProduct(tx, shopId, productId);
    const current = await tx.productImage.findMany({ where: { shopId, productId }, select: { id: true } });
    if (
      !sameSet(
        current.map((i) => i.id),
        imageIds,
      )
    )
      throw AppError.invalid({ images: "The images changed meanwhile: reload the page and try again" });
    await tx.$executeRaw`
      UPDATE "ProductImage" AS i SET position = d.position - 1
      FROM unnest(${imageIds}::text[]) WITH ORDINALITY AS d(id, position)
      WHERE i.id = d.id AND i."shopId" = ${shopId} AND i."productId" = ${productId}`;
  });
}

export async function removeProductImage(db: Db, shopId: string, imageId: string) {
  const image = await db.productImage.findFirst({ where: { id: imageId, shopId }, select: { productId: true } });
  if (!image) throw AppError.notFound("image");
  await db.productImage.deleteMany({ where: { id: imageId, shopId } });
  await touchProduct(db, shopId, image.productId);
}

/** Alt text describes the picture for screen readers and search engines. */
export async function setProductImageAlt(db: Db, shopId: string, imageId: string, altText: string) {
  const value = parseInput(alt, altText);
  const { count } = await db.productImage.updateMany({ where: { id: imageId, shopId }, data: { alt: value } });
  if (!count) throw AppError.notFound("image");
  return db.productImage.findFirstOrThrow({ where: { id: imageId, shopId }, select: IMAGE_SELECT });
}

// Locks the product row (concurrent uploads get distinct positions) and marks it as updated.
async function lockProduct(db: Db, shopId: string, productId: string) {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Product" WHERE id = ${productId} AND "shopId" = ${shopId} FOR UPDATE`;
  if (!rows.length) throw AppError.notFound("product");
  await touchProduct(db, shopId, productId);
}

async function touchProduct(db: Db, shopId: string, productId: string) {
  await db.product.updateMany({ where: { id: productId, shopId }, data: { updatedAt: new Date() } });
}
