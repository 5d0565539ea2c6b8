// Turns an uploaded picture into what the shop serves: a WebP of at most 1600 px wide,
// upright, without metadata (EXIF can carry the merchant's GPS position), named by the
// hash of its bytes so the same picture is stored once and cached forever.
import { createHash } from "node:crypto";
import sharp from "sharp";

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_WIDTH = 1600;

// Raster formats only: SVG is rendered by a full XML/CSS engine and is no photo format.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "heif", "tiff"]);

export type ImageErrorCode = "not_an_image" | "too_large" | "too_many_pixels";

export class ImageError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImageError";
  }
}

export type ProcessedImage = { buffer: Buffer; width: number; height: number; key: string };

export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length > MAX_IMAGE_BYTES) throw new ImageError("too_large", "The image is larger than 10 MB.");

  // Reading the header only: cheap, and tells a real image from anything else.
  const meta = await sharp(input)
    .metadata()
    .catch(() => null);
  if (!meta?.format || !ACCEPTED_FORMATS.has(meta.format) || !meta.width || !meta.height) {
    throw new ImageError("not_an_image", "The file is not a JPEG, PNG, WebP, GIF, AVIF, HEIF or TIFF image.");
  }
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
    throw new ImageError("too_many_pixels", "The image has more than 40 megapixels.");
  }

  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate() // applies the EXIF orientation, then the EXIF is dropped with the rest
      .resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const hash = createHash("sha256").update(data).digest("hex").slice(0, 32);
    return { buffer: data, width: info.width, height: info.height, key: `images/${hash}.webp` };
  } catch {
    // A valid header over a truncated or corrupt body.
    throw new ImageError("not_an_image", "The image could not be decoded.");
  }
}
