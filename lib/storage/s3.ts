// Uploaded files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …), through the
// official SDK: it signs requests (SigV4), retries and parses the XML errors for us.
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { S3Config } from "./config";
import { IMMUTABLE, imageContentType, isValidKey } from "./keys";
import type { Storage } from "./storage";
import { publicUrlFor } from "./urls";

export function createS3Storage(config: S3Config): Storage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // The SDK's newer default checksums are refused by several S3-compatible stores.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // A stalled bucket must not hold a shopper's request (or an upload) forever.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
  const Bucket = config.bucket;

  async function get(key: string) {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: checked(key) }));
      return object.Body ? object : null;
    } catch (error) {
      // Only a missing key: a missing bucket or refused credentials are errors to see.
      if (error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound")) return null;
      throw error;
    }
  }

  return {
    async save(key, data) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: checked(key),
          Body: data,
          ContentType: imageContentType(key) ?? "application/octet-stream",
          CacheControl: IMMUTABLE,
        }),
      );
    },
    async read(key) {
      const object = await get(key);
      return object?.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    },
    async stream(key) {
      const object = await get(key);
      return object?.Body ? { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength } : null;
    },
    publicUrl: (key) => publicUrlFor(key, config.publicUrl),
  };
}

function checked(key: string): string {
  if (!isValidKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  return key;
}
