// Handles one picture posted to a shop (app/api/shops/[shopId]/images): reads the body with
// a size cap, lets processImage decide what is an image, stores the result. Answers the
// status and JSON body for the route; the caller has already checked access.
import "server-only";
import { ImageError, MAX_IMAGE_BYTES, processImage, type ImageErrorCode } from "@/lib/images/process";
import { storage } from "@/lib/storage";
import { readCapped } from "@/lib/http/read-capped";

export type UploadReply = { status: 201; body: { url: string; width: number; height: number } } | { status: 400 | 413 | 422; body: { error: string } };

const TOO_LARGE = "The picture is larger than 10 MB. Choose a smaller one.";
// The multipart framing around the file: boundaries, headers, the file name.
const MAX_BODY_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

const STATUS: Record<ImageErrorCode, 413 | 422> = { too_large: 413, not_an_image: 422, too_many_pixels: 422 };

export async function storeUploadedImage(request: Request): Promise<UploadReply> {
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) return { status: 413, body: { error: TOO_LARGE } };
  // Content-Length can be missing (chunked) or wrong, so the cap is enforced while reading too.
  const bytes = await readCapped(request, MAX_BODY_BYTES);
  if (!bytes) return { status: 413, body: { error: TOO_LARGE } };

  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return { status: 400, body: { error: "Send the picture as multipart/form-data, in a field named “file”." } };
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: 400, body: { error: "Choose a picture to upload." } };

  try {
    const image = await processImage(Buffer.from(await file.arrayBuffer()));
    await storage().save(image.key, image.buffer);
    return { status: 201, body: { url: storage().publicUrl(image.key), width: image.width, height: image.height } };
  } catch (error) {
    if (error instanceof ImageError) return { status: STATUS[error.code], body: { error: error.message } };
    throw error;
  }
}
