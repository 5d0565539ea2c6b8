// The route lives in app/uploads/[...key]/route.ts; its test sits here with the storage tests.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GET } from "@/app/uploads/[...key]/route";
import { saveFile } from "./local";

const get = (...key: string[]) => GET(new Request("http://localhost/uploads"), { params: Promise.resolve({ key }) });

describe("GET /uploads/[...key]", () => {
  let dir: string;
  const previous = process.env.DATA_DIR;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "minishop-uploads-"));
    process.env.DATA_DIR = dir;
    await saveFile("images/abc123.webp", Buffer.from("RIFF-webp"));
    await saveFile("images/logo.svg", Buffer.from("<svg/>"));
    await saveFile("private/shop-review/shop1/abc123.png", Buffer.from("a passport scan"));
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves a stored image, cacheable forever", async () => {
    const response = await get("images", "abc123.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe("RIFF-webp");
  });

  it("never serves a private key (a shop's review documents), though the file is there", async () => {
    const response = await get("private", "shop-review", "shop1", "abc123.png");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 404 for missing files, SVG and invalid keys", async () => {
    for (const key of [["images", "missing.webp"], ["images", "logo.svg"], ["..", "..", "etc", "passwd.png"], ["images", "ABC.webp"], ["constructor"]]) {
      const response = await get(...key);
      expect(response.status, key.join("/")).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});
