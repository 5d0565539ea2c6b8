import { describe, it, expect, beforeEach, afterEach } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isValidKey, readFile, saveFile, uploadsDir } from "./local";

describe("isValidKey", () => {
  it("accepts content-hashed keys", () => {
    for (const key of ["images/3f2a9c.webp", "a", "shops/abc_1/logo-2.png"]) expect(isValidKey(key), key).toBe(true);
  });

  it("rejects anything that could leave the uploads folder or surprise a reader", () => {
    const bad = [
      "",
      "/etc/passwd",
      "../secret",
      "images/../../x.webp",
      "images/./x.webp",
      "images/..",
      "a..b",
      ".hidden",
      "images/.env",
      "images//x.webp",
      "images/x.webp/",
      "Images/X.WEBP",
      "images\\x.webp",
      "C:/x.png",
      "images/x y.png",
      "images/%2e%2e/x.png",
      "images/x.png\0.txt",
      "images/é.png",
      "x".repeat(201),
    ];
    for (const key of bad) expect(isValidKey(key), JSON.stringify(key)).toBe(false);
  });
});

describe("saveFile / readFile", () => {
  let dir: string;
  const previous = process.env.DATA_DIR;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "minishop-storage-"));
    process.env.DATA_DIR = dir;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores files under DATA_DIR/uploads, read at call time", async () => {
    expect(uploadsDir()).toBe(path.join(dir, "uploads"));
    await saveFile("images/abc.webp", Buffer.from("bytes"));
    expect((await readFile("images/abc.webp"))?.toString()).toBe("bytes");
  });

  it("returns null for a missing file or a folder", async () => {
    expect(await readFile("images/missing.webp")).toBeNull();
    await saveFile("images/abc.webp", Buffer.from("bytes"));
    expect(await readFile("images")).toBeNull();
  });

  it("refuses invalid keys", async () => {
    await expect(saveFile("../escape.webp", Buffer.from("x"))).rejects.toThrow(/Invalid storage key/);
    await expect(readFile("/etc/passwd")).rejects.toThrow(/Invalid storage key/);
  });
});
