// What the rest of the app knows about file storage. Two drivers implement it: local disk
// (local.ts) and an S3-compatible bucket (s3.ts); lib/storage/index.ts picks one.
// Nothing deletes: files are content-addressed and may be shared by several products/shops.

export type StoredObject = { body: ReadableStream<Uint8Array>; size: number | undefined };

export interface Storage {
  /** Stores the bytes under the key, with its Content-Type and the immutable Cache-Control. */
  save(key: string, data: Buffer): Promise<void>;
  /** The whole file, or null when there is no such file. */
  read(key: string): Promise<Buffer | null>;
  /** The file as a stream (what /uploads serves), or null when there is no such file. */
  stream(key: string): Promise<StoredObject | null>;
  /** The address pages link to: the app's /uploads route, or S3_PUBLIC_URL when set. */
  publicUrl(key: string): string;
}
