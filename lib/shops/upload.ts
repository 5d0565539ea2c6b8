// Handles one picture posted to a shop (app/api/shops/[shopId]/images): reads the body with
// a size cap, lets processImage decide what is an image, stores the result. Answers what the
// route sends back, or throws AppError; the entry wrapper has already checked access.
import "server-only";
import { AppError } from "@/lib/core/errors";
import { ImageError, MAX_IMAGE_BYTES, processImage, type ImageErrorCode } from "@/lib/images/process";
import { storage } from "@/lib/storage";
import { readCapped } from "@/lib/http/read-capped";

export type UploadedImage = { url: string; width: number; height: number };

const tooLarge = () => new AppError("payload_too_large", { file: "The picture is larger than 10 MB. Choose a smaller one." });
// The multipart framing around the file: boundaries, headers, the file name.
const MAX_BODY_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

// Not an image we read: 415; more pixels than we resize: too large, like too many bytes.
const CODE = { too_large: "payload_too_large", not_an_image: "unsupported_media_type", too_many_pixels: "payload_too_large" } as const satisfies Record<
  ImageErrorCode,
  string
>;

export async function storeUploadedImage(request: Request): Promise<UploadedImage> {
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  // Content-Length can be missing (chunked) or wrong, so the cap is enforced while reading too.
  const bytes = await readCapped(request, MAX_BODY_BYTES);
  if (!bytes) throw tooLarge();

  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw AppError.invalid({ file: "Send the picture as multipart/form-data, in a field named “file”." });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw AppError.invalid({ file: "Choose a picture to upload." });

  try {
    const image = await processImage(Buffer.from(await file.arrayBuffer()));
    await storage().save(image.key, image.buffer);
    return { url: storage().publicUrl(image.key), width: image.width, height: image.height };
  } catch (error) {
    if (error instanceof ImageError) throw new AppError(CODE[error.code], { file: error.message });
    throw error;
  }
}
