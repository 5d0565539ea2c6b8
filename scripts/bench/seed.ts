// The storefront benchmark's data set: SHOPS active shops × PRODUCTS active products, each
// with 2–3 size variants, one option, one image row and a place in one of six collections.
// Set-based SQL (INSERT … SELECT generate_series) in one transaction: ~0.5 M rows in seconds.
// Triggers fire on INSERT … SELECT, so the catalog_search migration's search column is filled
// as the rows go in; seedBenchData checks it.
import pg from "pg";
import sharp from "sharp";
import { processImage } from "@/lib/images/process";
import { storage } from "@/lib/storage";

export const COLLECTIONS = [
  ["new-arrivals", "New arrivals"],
  ["bestsellers", "Bestsellers"],
  ["home-and-living", "Home and living"],
  ["gifts-under-30", "Gifts under €30"],
  ["essentials", "Essentials"],
  ["last-chance", "Last chance"],
] as const;

const MATERIALS = [
  "Linen",
  "Cotton",
  "Wool",
  "Ceramic",
  "Oak",
  "Leather",
  "Canvas",
  "Bamboo",
  "Copper",
  "Glass",
  "Cork",
  "Denim",
  "Velvet",
  "Marble",
  "Walnut",
  "Silk",
  "Hemp",
  "Felt",
  "Brass",
  "Stone",
];
const THINGS = [
  "Tote Bag",
  "Mug",
  "Notebook",
  "T-shirt",
  "Scarf",
  "Candle",
  "Poster",
  "Cushion",
  "Bowl",
  "Lamp",
  "Wallet",
  "Apron",
  "Vase",
  "Blanket",
  "Cap",
  "Socks",
  "Planter",
  "Tray",
  "Journal",
  "Backpack",
];
const COLOURS = ["Indigo", "Terracotta", "Sage", "Ochre", "Charcoal", "Ivory", "Coral", "Teal", "Mustard", "Plum"];

/**
 * Searches nobody made before (the benchmark's "new query" row), the same for every shop: two
 * words of the catalogue (material and thing, thing and colour, material and colour), and one
 * word with a letter dropped (the typo-tolerant path, about one in seven). None of SEARCH_TERMS.
 */
export function newSearchTerms(): string[] {
  const [materials, things, colours] = [MATERIALS, THINGS, COLOURS].map((list) => list.map((w) => w.toLowerCase()));
  const pairs = (a: string[], b: string[]) => a.flatMap((x) => b.map((y) => `${x} ${y}`));
  const misspelt = [...materials!, ...things!, ...colours!]
    .filter((w) => !w.includes(" ") && w.length >= 5)
    .flatMap((w) => Array.from({ length: w.length - 2 }, (_, i) => w.slice(0, i + 1) + w.slice(i + 2)));
  const all = [...pairs(materials!, things!), ...pairs(things!, colours!), ...pairs(materials!, colours!), ...misspelt];
  return [...new Set(all)].filter((t) => !SEARCH_TERMS.includes(t));
}

/** What shoppers type: single words, two words, and misspellings that take the typo-tolerant path. */
export const SEARCH_TERMS = [
  "linen",
  "mug",
  "indigo",
  "tote bag",
  "ceramic bowl",
  "notebook",
  "sage",
  "wool scarf",
  "candle",
  "copper lamp",
  "gift",
  "walnut tray",
  "linnen",
  "notebok",
  "terracota",
  "backpak",
];

// About 900 bytes of Markdown with a list and a link, like a real description; %1$s material, %2$s thing, %3$s colour.
const DESCRIPTION = `A %1$s %2$s in %3$s, made in small batches by a family workshop. Every piece is finished by hand, so no two are exactly alike, and it is built to be used every day for years.

## Details

- Material: %1$s, responsibly sourced
- Colour: %3$s, dyed with low-impact dyes
- Care: wipe or wash gently, dry flat, keep away from direct heat
- Made in Portugal; ships in recycled packaging

## Why we like it

The %2$s is a quiet, useful thing: it looks good on a shelf and better when it is used. It makes an easy **gift**, and the %3$s shade goes with almost anything.

Questions? [Write to us](mailto:hello@bench.minishop.local).`;

const sqlArray = (values: readonly string[]) => `(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[])`;

/** A shared product picture, written once to DATA_DIR's uploads the way the app stores uploads. */
async function sharedImage() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800" fill="#e2e8f0"/><circle cx="400" cy="380" r="220" fill="#0f766e"/><text x="400" y="720" font-size="64" text-anchor="middle" fill="#334155" font-family="sans-serif">bench</text></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const image = await processImage(png);
  await storage().save(image.key, image.buffer);
  return { url: storage().publicUrl(image.key), width: image.width, height: image.height };
}

export async function seedBenchData(url: string, options: { shops: number; products: number }) {
  const image = await sharedImage();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const restore = await dropIndexesAndForeignKeys(client, ["Product", "ProductOption", "Variant", "ProductImage", "Collection", "CollectionProduct"]);
    // Ids shaped like Prisma's cuids ("c" + 24 lower-case alphanumerics), derived from the numbers.
    await client.query(
      `CREATE TEMP TABLE bench_p ON COMMIT DROP AS
       SELECT s, n, 'c' || substr(md5('p-' || s || '-' || n), 1, 24) AS id, 'c' || substr(md5('s-' || s), 1, 24) AS shop_id,
              ${sqlArray(MATERIALS)}[1 + n % 20] AS material, ${sqlArray(THINGS)}[1 + (n / 20) % 20] AS thing,
              ${sqlArray(COLOURS)}[1 + (n * 3 + s) % 10] AS colour, 990 + (n * 37 % 60) * 100 AS price
       FROM generate_series(1, $1::int) s, generate_series(0, $2::int - 1) n`,
      [options.shops, options.products],
    );

    await client.query(
      `INSERT INTO "Shop" (id, slug, name, description, currency, status, "defaultLocale", "themeColor", "logoUrl", "contactEmail",
                           "shippingPolicy", "returnsPolicy", "taxRateBps", "pricesIncludeTax", "createdAt", "updatedAt")
       SELECT 'c' || substr(md5('s-' || s), 1, 24), 'bench-' || lpad(s::text, 3, '0'), 'Bench Shop ' || s,
              'Small-batch goods for home and everyday carry, made by independent makers. Shop number ' || s || ' of the storefront benchmark.',
              'EUR', 'ACTIVE', 'en', ${sqlArray(["#0f766e", "#be123c", "#1d4ed8", "#7c3aed", "#b45309", "#334155"])}[1 + s % 6], $2,
              'hello-' || s || '@bench.minishop.local',
              'We ship within 2 working days. Standard delivery (3–5 days) costs €4.90 and is free above €50; Express (1–2 days) costs €9.90.',
              'Return unused items within 30 days for a full refund. Made-to-order items cannot be returned unless faulty.',
              2000, true, now() - s * interval '1 day', now()
       FROM generate_series(1, $1::int) s`,
      [options.shops, image.url],
    );

    await client.query(
      `INSERT INTO "Product" (id, "shopId", handle, title, "descriptionMd", status, tags, "lowStockThreshold", "createdAt", "updatedAt")
       SELECT id, shop_id,
              lower(regexp_replace(material || ' ' || thing || ' ' || colour, '[^A-Za-z0-9]+', '-', 'g')) || '-' || n,
              material || ' ' || thing || ' – ' || colour,
              format($1::text, lower(material), lower(thing), lower(colour)),
              'ACTIVE', ARRAY[lower(material), lower(thing), lower(colour)] || CASE WHEN n % 4 = 0 THEN ARRAY['gift'] ELSE ARRAY[]::text[] END,
              5, now() - n * interval '1 minute', now()
       FROM bench_p`,
      [DESCRIPTION],
    );

    await client.query(
      `INSERT INTO "ProductOption" (id, "shopId", "productId", name, position, values)
       SELECT 'c' || substr(md5('o-' || s || '-' || n), 1, 24), shop_id, id, 'Size', 0,
              CASE WHEN n % 2 = 0 THEN ARRAY['S', 'M'] ELSE ARRAY['S', 'M', 'L'] END
       FROM bench_p`,
    );

    await client.query(
      `INSERT INTO "Variant" (id, "shopId", "productId", title, sku, option1, "priceAmount", "compareAtAmount", "trackStock", stock, reserved, position, "updatedAt")
       SELECT 'c' || substr(md5('v-' || s || '-' || n || '-' || k), 1, 24), shop_id, id, size, format('B%s-%s-%s', s, n, size), size,
              price + (k - 1) * 200, CASE WHEN n % 7 = 0 THEN price + (k - 1) * 200 + 1000 END,
              n % 11 <> 0, CASE WHEN n % 13 = 0 THEN 0 ELSE (n * 7 + k * 5) % 23 + 2 END, 0, k - 1, now()
       FROM bench_p, generate_series(1, 3) k, LATERAL (SELECT (ARRAY['S', 'M', 'L'])[k] AS size) z
       WHERE k <= 2 + n % 2`,
    );

    await client.query(
      `INSERT INTO "ProductImage" (id, "shopId", "productId", url, alt, width, height, position)
       SELECT 'c' || substr(md5('i-' || s || '-' || n), 1, 24), shop_id, id, $1, material || ' ' || thing || ', photo', $2, $3, 0
       FROM bench_p`,
      [image.url, image.width, image.height],
    );

    const handles = COLLECTIONS.map(([h]) => h);
    const titles = COLLECTIONS.map(([, t]) => t);
    await client.query(
      `INSERT INTO "Collection" (id, "shopId", handle, title, description, featured, position, "updatedAt")
       SELECT 'c' || substr(md5('c-' || s || '-' || c), 1, 24), 'c' || substr(md5('s-' || s), 1, 24), ($2::text[])[c + 1], ($3::text[])[c + 1],
              'A hand-picked selection from the shop.', c < 3, c, now()
       FROM generate_series(1, $1::int) s, generate_series(0, ${COLLECTIONS.length - 1}) c`,
      [options.shops, handles, titles],
    );
    // Product n goes to collection n mod 6, in order: each collection holds ~PRODUCTS/6 products.
    await client.query(
      `INSERT INTO "CollectionProduct" ("shopId", "collectionId", "productId", position)
       SELECT shop_id, 'c' || substr(md5('c-' || s || '-' || (n % ${COLLECTIONS.length})), 1, 24), id, n / ${COLLECTIONS.length}
       FROM bench_p`,
    );
    await restore();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  // Fresh statistics and visibility maps, as on a database that has been running a while
  // (and so autovacuum doesn't start in the middle of a measurement).
  const maintenance = new pg.Client({ connectionString: url });
  await maintenance.connect();
  try {
    await maintenance.query("VACUUM ANALYZE");
    return { image, ...(await checkSearchColumn(maintenance)) };
  } finally {
    await maintenance.end();
  }
}

/**
 * The usual bulk-load recipe: drop the tables' secondary indexes and foreign keys, load, then
 * build each index once and check each foreign key in one pass. Returns the function that puts
 * them back, from their own definitions. All inside the caller's transaction.
 */
async function dropIndexesAndForeignKeys(client: pg.Client, tables: string[]) {
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)`,
    [tables],
  );
  for (const k of keys) await client.query(`ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  return async () => {
    for (const i of indexes) await client.query(i.def);
    for (const k of keys) await client.query(`ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`);
  };
}

/** Whether the migrations define Product.searchVector, and how many products lack it (must be 0). */
async function checkSearchColumn(client: pg.Client) {
  const { rows } = await client.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Product' AND column_name = 'searchVector'`,
  );
  if (!rows.length) return { searchColumn: false, missingSearchVectors: 0 };
  const { rows: missing } = await client.query(`SELECT count(*)::int AS n FROM "Product" WHERE "searchVector" IS NULL`);
  return { searchColumn: true, missingSearchVectors: missing[0].n as number };
}

/** Shop slugs with their product handles (popularity rank = position) and collection handles. */
export async function loadCatalogIndex(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const products = await client.query<{ slug: string; handles: string[] }>(
      `SELECT s.slug, array_agg(p.handle ORDER BY p."createdAt" DESC, p.id) AS handles
       FROM "Shop" s JOIN "Product" p ON p."shopId" = s.id AND p.status = 'ACTIVE'
       WHERE s.status = 'ACTIVE' AND s.slug LIKE 'bench-%' GROUP BY s.slug ORDER BY s.slug`,
    );
    const collections = await client.query<{ slug: string; handles: string[] }>(
      `SELECT s.slug, array_agg(c.handle ORDER BY c.position) AS handles
       FROM "Shop" s JOIN "Collection" c ON c."shopId" = s.id WHERE s.slug LIKE 'bench-%' GROUP BY s.slug`,
    );
    const collectionsBySlug = new Map(collections.rows.map((r) => [r.slug, r.handles]));
    return products.rows.map((r) => ({ slug: r.slug, products: r.handles, collections: collectionsBySlug.get(r.slug) ?? [] }));
  } finally {
    await client.end();
  }
}

export type CatalogIndex = Awaited<ReturnType<typeof loadCatalogIndex>>;
