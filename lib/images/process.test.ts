import { describe, it, expect } from "vitest";
import sharp, { type Sharp } from "sharp";
import { ImageError, processImage } from "./process";

function png(width: number, height: number, extra: (img: Sharp) => Sharp = (img) => img) {
  return extra(sharp({ create: { width, height, channels: 3, background: "#0f766e" } }))
    .png()
    .toBuffer();
}

async function rejection(input: Buffer) {
  return processImage(input).then(
    () => null,
    (error: unknown) => error,
  );
}

describe("processImage", () => {
  it("turns a PNG into a content-hashed WebP", async () => {
    const result = await processImage(await png(800, 600));
    expect(result.width).toBe(800);
    expect(result.height).toBe(600);
    expect(result.key).toMatch(/^images\/[0-9a-f]{32}\.webp$/);
    expect((await sharp(result.buffer).metadata()).format).toBe("webp");
    // Same picture, same key: uploads are deduplicated and cacheable forever.
    expect((await processImage(await png(800, 600))).key).toBe(result.key);
  });

  it("scales wide images down to 1600 px, keeping the aspect ratio", async () => {
    const result = await processImage(await png(3200, 1000));
    expect([result.width, result.height]).toEqual([1600, 500]);
  });

  it("applies the EXIF orientation and strips the metadata", async () => {
    // Orientation 6 = stored sideways, shown rotated 90° clockwise.
    const input = await sharp({ create: { width: 400, height: 200, channels: 3, background: "#b45309" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(input).metadata()).orientation).toBe(6);
    const result = await processImage(input);
    expect([result.width, result.height]).toEqual([200, 400]);
    const meta = await sharp(result.buffer).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it("rejects a text file", async () => {
    const error = await rejection(Buffer.from("hello, I am not a picture\n"));
    expect(error).toBeInstanceOf(ImageError);
    expect((error as ImageError).code).toBe("not_an_image");
  });

  it("rejects SVG, which could carry script", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(((await rejection(svg)) as ImageError).code).toBe("not_an_image");
  });

  it("rejects a truncated image", async () => {
    const whole = await png(300, 300, (img) => img.blur(2));
    expect(((await rejection(whole.subarray(0, 200))) as ImageError).code).toBe("not_an_image");
  });

  it("rejects files over 10 MB before decoding them", async () => {
    expect(((await rejection(Buffer.alloc(10 * 1024 * 1024 + 1))) as ImageError).code).toBe("too_large");
  });

  it("rejects images over 40 megapixels", async () => {
    // 8000 × 5001 = 40,008,000 px; a flat PNG of that size is only a few hundred KB.
    const big = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: "#000" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(big.length).toBeLessThan(10 * 1024 * 1024);
    expect(((await rejection(big)) as ImageError).code).toBe("too_many_pixels");
  });
});
