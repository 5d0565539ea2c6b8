// The demo shop: seeded on the first start of a fresh installation (scripts/start.ts) and
// by `npm run db:seed`, so there is something to look at and to log in with.
// Idempotent: when the shop "demo" exists, nothing happens. The e2e fixtures open a copy of it
// per test (seedDemoShop with their own address and owner), so no test shares its catalogue.
import { generateRandomString, hashPassword } from "better-auth/crypto";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { processImage } from "@/lib/images/process";
import { storage } from "@/lib/storage";
import { artSvg, initials, type ArtKind } from "./demo-art";
import { DEMO_COLLECTIONS, DEMO_PRODUCTS, descriptionMarkdown, type DemoOption, type DemoProduct } from "./demo-catalog";

export const DEMO_SHOP_SLUG = "demo";
const THEME = "#be123c";

export const DEMO_ACCOUNTS = [
  { email: "merchant@demo.minishop.local", password: "minishop-demo", role: "merchant", name: "Demo Merchant" },
  { email: "admin@demo.minishop.local", password: "minishop-admin", role: "admin", name: "Demo Admin" },
] as const;

export type SeedResult = { shopSlug: string; created: boolean; accounts: { email: string; password: string; role: string }[] };

// better-auth's default ids: 32 random alphanumerics.
const authId = () => generateRandomString(32, "a-z", "A-Z", "0-9");

type StoredPicture = { url: string; width: number; height: number };
// Stored once per process: a picture's key is its content's hash, so every copy shares the files.
const storedPictures = new Map<string, Promise<StoredPicture>>();

function storePicture(svg: string) {
  let stored = storedPictures.get(svg);
  if (!stored) {
    stored = (async () => {
      const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
      const image = await processImage(png);
      await storage().save(image.key, image.buffer);
      return { url: storage().publicUrl(image.key), width: image.width, height: image.height };
    })();
    storedPictures.set(svg, stored);
    stored.catch(() => storedPictures.delete(svg)); // a failed save is tried again next time
  }
  return stored;
}

const ART: Record<DemoProduct["collection"], ArtKind> = Object.fromEntries(DEMO_COLLECTIONS.map((c) => [c.handle, c.art])) as never;

function pictures(p: DemoProduct) {
  const views = p.pictures === 2 ? ([0, 1] as const) : ([0] as const);
  return Promise.all(
    views.map(async (view) => ({
      ...(await storePicture(artSvg(ART[p.collection], p.colour, initials(p.title), view))),
      alt: view === 0 ? `${p.title}, illustration` : `${p.title}, close-up illustration`,
      position: view,
    })),
  );
}

/** Every combination of option values, with the price difference it adds. */
function combinations(options: DemoOption[]) {
  return options.reduce(
    (acc, option) => acc.flatMap((c) => option.values.map((value, i) => ({ values: [...c.values, value], delta: c.delta + (option.priceDelta?.[i] ?? 0) }))),
    [{ values: [] as string[], delta: 0 }],
  );
}

const skuPart = (value: string) =>
  value
    .normalize("NFKD")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "");

function variantsOf(p: DemoProduct, productIndex: number) {
  return combinations(p.options ?? []).map(({ values, delta }, i) => {
    const title = values.join(" / ") || "Default";
    const soldOut = p.soldOut === "all" || p.soldOut?.includes(title);
    return {
      title,
      sku: [p.sku, ...values.map(skuPart)].join("-"),
      option1: values[0] ?? null,
      option2: values[1] ?? null,
      option3: values[2] ?? null,
      priceAmount: p.price + delta,
      compareAtAmount: p.compareAt ? p.compareAt + delta : null,
      trackStock: !p.untracked,
      // Varied but reproducible stock levels.
      stock: p.untracked || soldOut ? 0 : (p.stock ?? ((productIndex * 7 + i * 5) % 23) + 2),
      reserved: p.reserved?.[title] ?? 0,
      position: i,
    };
  });
}

export async function seedDemo(db: PrismaClient): Promise<SeedResult> {
  const accounts = DEMO_ACCOUNTS.map(({ email, password, role }) => ({ email, password, role }));
  if (await db.shop.findUnique({ where: { slug: DEMO_SHOP_SLUG }, select: { id: true } })) {
    return { shopSlug: DEMO_SHOP_SLUG, created: false, accounts };
  }

  // The slow part (password hashing) happens before the transaction opens.
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  const ownerId = await db.$transaction(async (tx) => {
    // Reuse accounts that already exist (e.g. signed up by hand); never reset their password.
    const existing = await tx.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { id: true, email: true } });
    const userIds = new Map(existing.map((u) => [u.email, u.id]));
    const newUsers = DEMO_ACCOUNTS.map((a, i) => ({ ...a, id: authId(), hash: passwordHashes[i]! })).filter((a) => !userIds.has(a.email));
    await tx.user.createMany({
      data: newUsers.map((a) => ({ id: a.id, name: a.name, email: a.email, emailVerified: true, role: a.role === "admin" ? "admin" : "user" })),
    });
    await tx.account.createMany({
      data: newUsers.map((a) => ({ id: authId(), userId: a.id, accountId: a.id, providerId: "credential", password: a.hash })),
    });
    for (const a of newUsers) userIds.set(a.email, a.id);
    return userIds.get(DEMO_ACCOUNTS[0].email)!;
  });
  await seedDemoShop(db, { slug: DEMO_SHOP_SLUG, ownerId });
  return { shopSlug: DEMO_SHOP_SLUG, created: true, accounts };
}

/** The demo shop's settings, rates, code, collections and catalogue at `slug`, owned by `ownerId`: live, or left in review. */
export async function seedDemoShop(
  db: PrismaClient,
  { slug, ownerId, name = "Minishop Demo Store", status = "ACTIVE" }: { slug: string; ownerId: string; name?: string; status?: "ACTIVE" | "IN_REVIEW" },
) {
  // The slow part (pictures) happens before the transaction opens.
  const [logo, productPictures] = await Promise.all([storePicture(artSvg("logo", THEME, "M")), Promise.all(DEMO_PRODUCTS.map(pictures))]);

  return db.$transaction(
    async (tx) => {
      const shop = await tx.shop.create({
        data: {
          slug,
          name,
          description: "Tees, mugs, notebooks and prints from small makers in Lisbon and Porto. This is a demo shop: orders are not shipped.",
          currency: "EUR",
          status,
          themeColor: THEME,
          logoUrl: logo.url,
          contactEmail: "hello@demo.minishop.local",
          shippingPolicy:
            "We ship within 2 working days from Lisbon. Standard delivery (3–5 days) costs €4.90 and is free above €50; Express (1–2 days) costs €9.90.",
          returnsPolicy: "Changed your mind? Return unused items within 30 days for a full refund. Made-to-order items cannot be returned unless faulty.",
          taxRateBps: 2000,
          pricesIncludeTax: true,
          members: { create: { userId: ownerId, role: "OWNER" } },
          shippingRates: {
            createMany: {
              data: [
                { name: "Standard (3–5 working days)", amount: 490, freeAboveAmount: 5000, position: 0 },
                { name: "Express (1–2 working days)", amount: 990, position: 1 },
              ],
            },
          },
          discounts: { create: { code: "WELCOME10", type: "PERCENTAGE", value: 1000, scope: "ORDER" } },
        },
        select: { id: true, slug: true, name: true },
      });
      const shopId = shop.id;

      const collections = await tx.collection.createManyAndReturn({
        data: DEMO_COLLECTIONS.map((c, position) => ({ shopId, handle: c.handle, title: c.title, description: c.description, featured: c.featured, position })),
        select: { id: true, handle: true },
      });
      const collectionId = new Map(collections.map((c) => [c.handle, c.id]));

      // Newest first on the storefront: stagger createdAt so the collections interleave.
      const now = Date.now();
      const order = (p: DemoProduct) =>
        DEMO_PRODUCTS.filter((q) => q.collection === p.collection).indexOf(p) * 10 + DEMO_COLLECTIONS.findIndex((c) => c.handle === p.collection);
      const products = await tx.product.createManyAndReturn({
        data: DEMO_PRODUCTS.map((p) => ({
          shopId,
          handle: p.handle,
          title: p.title,
          descriptionMd: descriptionMarkdown(p),
          status: "ACTIVE" as const,
          tags: p.tags,
          createdAt: new Date(now - order(p) * 60_000),
        })),
        select: { id: true, handle: true },
      });
      const productId = new Map(products.map((p) => [p.handle, p.id]));
      const idOf = (p: DemoProduct) => productId.get(p.handle)!;

      await tx.productOption.createMany({
        data: DEMO_PRODUCTS.flatMap((p) => (p.options ?? []).map((o, position) => ({ shopId, productId: idOf(p), name: o.name, position, values: o.values }))),
      });
      await tx.variant.createMany({ data: DEMO_PRODUCTS.flatMap((p, i) => variantsOf(p, i).map((v) => ({ ...v, shopId, productId: idOf(p) }))) });
      await tx.productImage.createMany({ data: DEMO_PRODUCTS.flatMap((p, i) => productPictures[i]!.map((img) => ({ ...img, shopId, productId: idOf(p) }))) });
      await tx.collectionProduct.createMany({
        data: DEMO_PRODUCTS.map((p, i) => ({ shopId, collectionId: collectionId.get(p.collection)!, productId: idOf(p), position: i })),
      });
      return shop;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
