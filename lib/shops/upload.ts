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

// Not an image we read: 415; more pixels than we resize: too large, like too many bytes.
const CODE = { too_large: "payload_too_large", not_an_image: "unsupported_media_type", too_many_pixels: "payload_too_large" } as const satisfies Record<
  ImageErrorCode,
  string
>;

/**
 * The file posted in the multipart field "file", read with a cap of `maxFileBytes` (plus the
 * framing): `tooLarge` is thrown past it, AppError invalid when there is no file.
 */
export async function readUploadedFile(request: Request, maxFileBytes: number, tooLarge: () => AppError, what = "picture"): Promise<File> {
  const maxBody = maxFileBytes + 64 * 1024; // the multipart framing around the file: boundaries, headers, the file name
  if (Number(request.headers.get("content-length")) > maxBody) throw tooLarge();
  // Content-Length can be missing (chunked) or wrong, so the cap is enforced while reading too.
  const bytes = await readCapped(request, maxBody);
  if (!bytes) throw tooLarge();
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw AppError.invalid({ file: `Send the ${what} as multipart/form-data, in a field named “file”.` });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw AppError.invalid({ file: `Choose a ${what} to upload.` });
  return file;
}

export async function storeUploadedImage(request: Request): Promise<UploadedImage> {
  const file = await readUploadedFile(request, MAX_IMAGE_BYTES, tooLarge);
  try {
    const image = await processImage(Buffer.from(await file.arrayBuffer()));
    await storage().save(image.key, image.buffer);
    return { url: storage().publicUrl(image.key), width: image.width, height: image.height };
  } catch (error) {
    if (error instanceof ImageError) throw new AppError(CODE[error.code], { file: error.message });
    throw error;
  }
}
