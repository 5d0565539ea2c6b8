// Pictures in an S3-compatible bucket, against a fake S3 started here (path-style, objects in
// memory, refuses requests not signed with SigV4 by the configured key). The driver itself,
// then the real upload route, the /uploads route and the storefront, with and without
// S3_PUBLIC_URL. Only the session is faked; access checks, the catalogue and PostgreSQL are real.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProductGrid } from "@/components/storefront/product-card";
import { uploadProductImage } from "@/lib/catalog/images";
import { listStorefrontProducts } from "@/lib/storefront/storefront";
import { db } from "@/lib/db/client";
import { storage } from "@/lib/storage";
import { createS3Storage } from "@/lib/storage/s3";
import { updateShopSettings } from "@/lib/shops/shops";
import { session } from "../support/session";
import { makeOpenShop, makeProduct } from "../support/shop-fixtures";

const { POST: upload } = await import("@/app/api/shops/[shopId]/images/route");
const { GET: serve } = await import("@/app/uploads/[...key]/route");

const BUCKET = "minishop-pictures";
const ACCESS_KEY = "AKIDMINISHOPTEST";
type StoredObject = { body: Buffer; contentType?: string; cacheControl?: string };

/** A fake S3: path-style /<bucket>/<key>, PUT and GET, SigV4 checked for its presence and key id. */
function startFakeS3() {
  const objects = new Map<string, StoredObject>();
  const requests: { method: string; url: string; authorization: string }[] = [];
  const xmlError = (status: number, code: string) => ({
    status,
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
  });
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const authorization = req.headers.authorization ?? "";
    requests.push({ method: req.method ?? "", url: req.url ?? "", authorization });
    const [bucket, ...rest] = decodeURIComponent(new URL(req.url ?? "/", "http://s3").pathname)
      .slice(1)
      .split("/");
    const key = rest.join("/");
    const signed = new RegExp(
      `^AWS4-HMAC-SHA256 Credential=${ACCESS_KEY}/\\d{8}/us-east-1/s3/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`,
    );
    let error: { status: number; body: string } | null = null;
    if (!signed.test(authorization)) error = xmlError(403, "AccessDenied");
    else if (bucket !== BUCKET) error = xmlError(404, "NoSuchBucket");
    else if (req.method === "PUT") {
      objects.set(key, {
        body: Buffer.concat(chunks),
        contentType: req.headers["content-type"],
        cacheControl: req.headers["cache-control"] as string | undefined,
      });
      res.writeHead(200, { ETag: '"etag"' }).end();
      return;
    } else if (req.method === "GET") {
      const object = objects.get(key);
      if (object) {
        res
          .writeHead(200, {
            "Content-Type": object.contentType ?? "binary/octet-stream",
            "Content-Length": object.body.length,
            ETag: '"etag"',
            "Last-Modified": new Date().toUTCString(),
          })
          .end(object.body);
        return;
      }
      error = xmlError(404, "NoSuchKey");
    } else error = xmlError(405, "MethodNotAllowed");
    res.writeHead(error.status, { "Content-Type": "application/xml" }).end(error.body);
  });
  return new Promise<{ server: Server; objects: typeof objects; requests: typeof requests; endpoint: string }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, objects, requests, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

let fake: Awaited<ReturnType<typeof startFakeS3>>;
let dataDir: string;
const S3_VARS = { S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: ACCESS_KEY, S3_SECRET_ACCESS_KEY: "fake-secret", S3_FORCE_PATH_STYLE: "true" };

beforeAll(async () => {
  fake = await startFakeS3();
  dataDir = mkdtempSync(path.join(tmpdir(), "minishop-s3-"));
  process.env.DATA_DIR = dataDir; // nothing may land here while S3 is configured
  Object.assign(process.env, S3_VARS, { S3_ENDPOINT: fake.endpoint });
});
afterAll(() => fake.server.close());
beforeEach(() => {
  delete process.env.S3_PUBLIC_URL;
});

const picture = (color: string) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
    .png()
    .toBuffer();
const serveKey = (key: string) => serve(new Request(`http://localhost/uploads/${key}`), { params: Promise.resolve({ key: key.split("/") }) });

async function owner() {
  const shop = await makeOpenShop();
  const id = randomBytes(8).toString("hex");
  const user = await db.user.create({ data: { id, name: "Owner", email: `${id}@example.test` }, select: { id: true, name: true, email: true, role: true } });
  await db.shopMember.create({ data: { shopId: shop.id, userId: user.id, role: "OWNER" } });
  session.user = user;
  return { shop, user };
}

function postPicture(shopId: string, bytes: Buffer) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "photo.png", { type: "image/png" }));
  return upload(new Request(`http://localhost/api/shops/${shopId}/images`, { method: "POST", body: form }), { params: Promise.resolve({ shopId }) });
}

describe("S3 driver", () => {
  it("puts with Content-Type and immutable caching, signed with the configured key", async () => {
    await storage().save("images/driver-test.webp", Buffer.from("RIFF-webp"));
    expect(fake.objects.get("images/driver-test.webp")).toEqual({
      body: Buffer.from("RIFF-webp"),
      contentType: "image/webp",
      cacheControl: "public, max-age=31536000, immutable",
    });
    const put = fake.requests.findLast((r) => r.method === "PUT")!;
    expect(new URL(put.url, "http://s3").pathname).toBe(`/${BUCKET}/images/driver-test.webp`); // path-style
    expect(put.authorization).toContain(`Credential=${ACCESS_KEY}/`);
  });

  it("reads back whole or streamed, and a missing key as null", async () => {
    await storage().save("images/read-test.png", Buffer.from("png-bytes"));
    expect((await storage().read("images/read-test.png"))?.toString()).toBe("png-bytes");
    const streamed = await storage().stream("images/read-test.png");
    expect(streamed?.size).toBe(9);
    expect(await new Response(streamed!.body).text()).toBe("png-bytes");
    expect(await storage().read("images/missing.webp")).toBeNull();
    expect(await storage().stream("images/missing.webp")).toBeNull();
  });

  it("surfaces a wrong bucket or refused credentials instead of calling the picture missing", async () => {
    const base = { endpoint: fake.endpoint, region: "us-east-1", forcePathStyle: true, publicUrl: undefined, secretAccessKey: "x" };
    await expect(createS3Storage({ ...base, bucket: "other-bucket", accessKeyId: ACCESS_KEY }).read("images/read-test.png")).rejects.toMatchObject({
      name: "NoSuchBucket",
    });
    await expect(createS3Storage({ ...base, bucket: BUCKET, accessKeyId: "SOMEONE-ELSE" }).read("images/read-test.png")).rejects.toMatchObject({
      name: "AccessDenied",
    });
  });

  it("refuses invalid keys before sending anything", async () => {
    const count = fake.requests.length;
    await expect(storage().save("../escape.webp", Buffer.from("x"))).rejects.toThrow(/Invalid storage key/);
    await expect(storage().read("/etc/passwd")).rejects.toThrow(/Invalid storage key/);
    expect(fake.requests.length).toBe(count);
  });
});

describe("uploads through the app, served from the bucket", () => {
  it("stores an uploaded picture in the bucket and serves it back through /uploads", async () => {
    const { shop } = await owner();
    const response = await postPicture(shop.id, await picture("#0f766e"));
    expect(response.status).toBe(201);
    const { url, width, height } = await response.json();
    expect({ width, height }).toEqual({ width: 64, height: 48 });
    expect(url).toMatch(/^\/uploads\/images\/[0-9a-f]{32}\.webp$/);

    const key = url.slice("/uploads/".length);
    const stored = fake.objects.get(key)!;
    expect(stored.contentType).toBe("image/webp");
    expect((await sharp(stored.body).metadata()).format).toBe("webp");
    expect(readdirSync(dataDir)).toEqual([]); // nothing written to local disk

    const served = await serveKey(key);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("content-length")).toBe(String(stored.body.length));
    expect(Buffer.from(await served.arrayBuffer()).equals(stored.body)).toBe(true);

    const missing = await serveKey("images/0123456789abcdef0123456789abcdef.webp");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a guest's upload and stores nothing", async () => {
    const { shop } = await owner();
    session.user = null;
    const count = fake.objects.size;
    expect((await postPicture(shop.id, await picture("#b91c1c"))).status).toBe(401);
    expect(fake.objects.size).toBe(count);
  });

  it("with S3_PUBLIC_URL, the storefront links straight to the public bucket", async () => {
    process.env.S3_PUBLIC_URL = "https://cdn.example.test/pictures/";
    const { shop, user } = await owner();
    const response = await postPicture(shop.id, await picture("#1d4ed8"));
    const { url: logoUrl } = await response.json();
    expect(logoUrl).toMatch(/^https:\/\/cdn\.example\.test\/pictures\/images\/[0-9a-f]{32}\.webp$/);
    expect(fake.objects.has(logoUrl.slice("https://cdn.example.test/pictures/".length))).toBe(true);

    // The logo is accepted as the shop's own picture; another host's is not.
    const settings = { name: shop.name, contactEmail: "hello@shop.test", themeColor: "#112233", defaultLocale: "en", currency: "EUR", taxRatePercent: "0" };
    await updateShopSettings(db, { shopId: shop.id, userId: user.id, role: "OWNER" as const }, { ...settings, logoUrl });
    expect((await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).logoUrl).toBe(logoUrl);
    await expect(
      updateShopSettings(
        db,
        { shopId: shop.id, userId: user.id, role: "OWNER" as const },
        { ...settings, logoUrl: logoUrl.replace("cdn.example.test", "evil.example") },
      ),
    ).rejects.toMatchObject({
      fields: { logoUrl: "Upload the picture again" },
    });

    // A product picture: the card a shopper sees points at the public bucket.
    const { product } = await makeProduct(shop.id, { title: "Blue Mug" });
    const image = await uploadProductImage(db, shop.id, product.id, await picture("#1e3a8a"), "A blue mug");
    expect(image.url).toMatch(/^https:\/\/cdn\.example\.test\/pictures\/images\/[0-9a-f]{32}\.webp$/);
    const { products } = await listStorefrontProducts(db, shop.id, { sort: "newest" });
    const html = renderToStaticMarkup(createElement(ProductGrid, { products, shopSlug: shop.slug, currency: "EUR", locale: "en" }));
    expect(html).toContain(`src="${image.url}"`);
  });
});
