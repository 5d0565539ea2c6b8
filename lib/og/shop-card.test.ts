// The shop's Open Graph picture: a 1200×630 PNG with the logo from storage and the name in
// any script the bundled font has, drawn without a single network request.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { storage } from "@/lib/storage";
import { drawable, fontsFor } from "./fonts";
import { shopCard } from "./shop-card";

const LOGO_KEY = `images/${"ab".repeat(16)}.webp`;
const base = { name: "Shop", description: "", themeColor: "#0f766e", logoUrl: null as string | null };
let dataDir: string;
// Satori loads its own WebAssembly through fetch("data:…"): only other addresses are the network.
const realFetch = globalThis.fetch;
const network: string[] = [];
const fetchSpy = vi.fn((input: string | URL | Request, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.startsWith("data:")) return realFetch(input, init);
  network.push(url);
  return Promise.reject(new Error("no network in an OG image"));
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "og-"));
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubGlobal("fetch", fetchSpy);
  const red = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#ff0000" } })
    .webp()
    .toBuffer();
  await storage().save(LOGO_KEY, red);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  await rm(dataDir, { recursive: true, force: true });
});

async function pixels(shop: typeof base) {
  const response = await shopCard(shop);
  expect(response.headers.get("content-type")).toBe("image/png");
  const png = Buffer.from(await response.arrayBuffer());
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { png, data, info, at: (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)] };
}

const differing = (a: Buffer, b: Buffer) => a.reduce((n, byte, i) => n + (byte !== b[i] ? 1 : 0), 0);

describe("the shop's Open Graph picture", () => {
  it("is a 1200×630 PNG with the logo read from storage, drawn without the network", async () => {
    const card = await pixels({ ...base, name: "小红书手作の店", description: "手工制作的陶器和布艺", logoUrl: `/uploads/${LOGO_KEY}` });
    expect(await sharp(card.png).metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
    const [r, g, b] = card.at(152, 152); // the logo's middle (80 px padding, 144 px logo): red, give or take WebP's loss
    expect([r > 240, g < 16, b < 16]).toEqual([true, true, true]);
    expect((await pixels(base)).at(152, 152)).toEqual([15, 118, 110]); // no logo: the shop's colour
    expect(network).toEqual([]);
  });

  it("draws Chinese and Japanese titles with real glyphs, not tofu", async () => {
    const empty = await pixels({ ...base, name: "" });
    const one = await pixels({ ...base, name: "店铺の" });
    const swapped = await pixels({ ...base, name: "の铺店" });
    expect(differing(one.data, empty.data)).toBeGreaterThan(1000); // something is drawn…
    expect(differing(one.data, swapped.data)).toBeGreaterThan(1000); // …and tofu boxes would look alike in any order
    expect(network).toEqual([]);
  });

  it("loads only the font slices a title uses, and leaves out what no slice can draw", async () => {
    expect((await fontsFor(["Shop"], 700)).length).toBe(1);
    expect((await fontsFor(["小红书"], 700)).length).toBeLessThanOrEqual(3);
    expect(await drawable("Café 😀 店")).toBe("Café 店");
  });
});
