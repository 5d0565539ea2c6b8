import { afterEach, describe, expect, it } from "vitest";
import { currentStorageConfig, storageConfig } from "./config";
import { isUploadedPicture, publicUrlFor, uploadedKey } from "./urls";

const credentials = { S3_ACCESS_KEY_ID: "AKIDEXAMPLE", S3_SECRET_ACCESS_KEY: "secret" };

describe("storageConfig", () => {
  it("stores on local disk when no bucket is named, blank values included", () => {
    expect(storageConfig({})).toEqual({ driver: "local" });
    expect(storageConfig({ S3_BUCKET: "  ", S3_ENDPOINT: "", S3_PUBLIC_URL: "" })).toEqual({ driver: "local" });
  });

  it("switches to S3 with S3_BUCKET, with AWS's defaults", () => {
    expect(storageConfig({ S3_BUCKET: "pictures", ...credentials })).toEqual({
      driver: "s3",
      bucket: "pictures",
      endpoint: undefined,
      region: "us-east-1",
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "secret",
      forcePathStyle: false,
      publicUrl: undefined,
    });
  });

  it("reads an S3-compatible endpoint, path-style addressing and a public base", () => {
    const config = storageConfig({
      S3_BUCKET: "pictures",
      ...credentials,
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_REGION: "auto",
      S3_FORCE_PATH_STYLE: "true",
      S3_PUBLIC_URL: "https://cdn.example.com/shop-pictures/",
    });
    expect(config).toMatchObject({
      endpoint: "http://127.0.0.1:9000",
      region: "auto",
      forcePathStyle: true,
      publicUrl: "https://cdn.example.com/shop-pictures",
    });
    expect(storageConfig({ S3_BUCKET: "b", ...credentials, S3_FORCE_PATH_STYLE: "1" })).toMatchObject({ forcePathStyle: true });
    expect(storageConfig({ S3_BUCKET: "b", ...credentials, S3_FORCE_PATH_STYLE: "false" })).toMatchObject({ forcePathStyle: false });
  });

  it("refuses a bucket without credentials, naming each missing variable", () => {
    expect(() => storageConfig({ S3_BUCKET: "pictures" })).toThrow(
      "Invalid environment:\n  S3_ACCESS_KEY_ID: required when S3_BUCKET is set\n  S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set",
    );
    expect(() => storageConfig({ S3_BUCKET: "pictures", S3_ACCESS_KEY_ID: "AKIDEXAMPLE" })).toThrow(/S3_SECRET_ACCESS_KEY: required/);
  });

  it("refuses malformed values and settings that would silently do nothing", () => {
    const bad: Record<string, string>[] = [
      { S3_BUCKET: "b", ...credentials, S3_ENDPOINT: "minio:9000" },
      { S3_BUCKET: "b", ...credentials, S3_ENDPOINT: "ftp://minio:9000" },
      { S3_BUCKET: "b", ...credentials, S3_FORCE_PATH_STYLE: "yes" },
      { S3_BUCKET: "b", ...credentials, S3_PUBLIC_URL: "https://cdn.example.com/?v=1" },
      { S3_BUCKET: "a/b", ...credentials },
      { S3_PUBLIC_URL: "https://cdn.example.com" },
      { S3_ENDPOINT: "http://127.0.0.1:9000", ...credentials },
    ];
    for (const vars of bad) expect(() => storageConfig(vars), JSON.stringify(vars)).toThrow(/^Invalid environment:\n {2}S3_/);
  });
});

describe("currentStorageConfig", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith("S3_")) delete process.env[name];
    Object.assign(process.env, saved);
  });

  it("parses once and again only when the variables change", () => {
    Object.assign(process.env, { S3_BUCKET: "one", ...credentials });
    const first = currentStorageConfig();
    expect(currentStorageConfig()).toBe(first);
    process.env.S3_BUCKET = "two";
    expect(currentStorageConfig()).toMatchObject({ driver: "s3", bucket: "two" });
  });
});

describe("addresses of stored files", () => {
  it("links to /uploads, or straight to the public base", () => {
    expect(publicUrlFor("images/abc.webp", undefined)).toBe("/uploads/images/abc.webp");
    expect(publicUrlFor("images/abc.webp", "https://cdn.example.com/p")).toBe("https://cdn.example.com/p/images/abc.webp");
  });

  it("knows its own addresses and nothing else", () => {
    const base = "https://cdn.example.com/p";
    expect(uploadedKey("/uploads/images/abc.webp", undefined)).toBe("images/abc.webp");
    expect(uploadedKey("/uploads/images/abc.webp", base)).toBe("images/abc.webp"); // uploaded before S3_PUBLIC_URL
    expect(uploadedKey(`${base}/images/abc.webp`, base)).toBe("images/abc.webp");
    for (const url of [`${base}/images/abc.webp`, "https://evil.example/images/abc.webp", "/uploads/../secret.webp", "/uploads/images/ABC.webp"]) {
      expect(uploadedKey(url, url.startsWith(base) ? undefined : base), url).toBeNull();
    }
    expect(uploadedKey("https://cdn.example.com/pictures/images/abc.webp", base)).toBeNull(); // a sibling path
  });

  it("accepts as a shop's logo only a picture stored here (checked on the server)", () => {
    const picture = "images/0123456789abcdef0123456789abcdef.webp";
    expect(isUploadedPicture(`/uploads/${picture}`)).toBe(true);
    expect(isUploadedPicture(`https://cdn.example.com/${picture}`)).toBe(false); // no S3_PUBLIC_URL here
    expect(isUploadedPicture("/uploads/images/logo.png")).toBe(false);
  });
});
