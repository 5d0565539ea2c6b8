// The Storefront API benchmark's data set (npm run bench:api): one active shop, 1,000 active
// products × 4 variants (Size × Colour), one picture each, 6 collections. Set-based SQL in one
// transaction.
import pg from "pg";
import { BENCH_DESCRIPTION, BENCH_ORIGIN, BENCH_PRODUCTS, BENCH_SHOP } from "./api-constants";

export { BENCH_ORIGIN, BENCH_PRODUCTS, BENCH_SHOP };

export async function seedApiBench(url: string, image: { url: string; width: number; height: number }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const shop = "c" + "benchapishop".padEnd(24, "0");
    await client.query(
      `INSERT INTO "Shop" (id, slug, name, description, currency, status, "defaultLocale", "themeColor", "logoUrl", "contactEmail", "shippingPolicy", "returnsPolicy", "taxRateBps", "pricesIncludeTax", "allowedOrigins", "updatedAt")
       VALUES ($1, $2, 'Bench API Shop', 'Small-batch goods for home and everyday carry.', 'EUR', 'ACTIVE', 'en', '#0f766e', $3, 'hello@bench.minishop.local',
               'We ship within 2 working days.', 'Return unused items within 30 days.', 2000, true, ARRAY[$4], now())`,
      [shop, BENCH_SHOP, image.url, BENCH_ORIGIN],
    );
    await client.query(
      `CREATE TEMP TABLE bench_p ON COMMIT DROP AS
       SELECT n, 'c' || substr(md5('api-p-' || n), 1, 24) AS id,
              (ARRAY['Linen','Cotton','Wool','Ceramic','Oak','Leather','Canvas','Bamboo','Copper','Glass'])[1 + n % 10] AS material,
              (ARRAY['Tote Bag','Mug','Notebook','T-shirt','Scarf','Candle','Poster','Cushion','Bowl','Lamp'])[1 + (n / 10) % 10] AS thing,
              990 + (n * 37 % 60) * 100 AS price
       FROM generate_series(0, $1::int - 1) n`,
      [BENCH_PRODUCTS],
    );
    await client.query(
      `INSERT INTO "Product" (id, "shopId", handle, title, "descriptionMd", status, tags, "createdAt", "updatedAt")
       SELECT id, $1, lower(regexp_replace(material || ' ' || thing, '[^A-Za-z0-9]+', '-', 'g')) || '-' || n, material || ' ' || thing || ' ' || n,
              $2, 'ACTIVE', ARRAY[lower(material), lower(thing)], now() - n * interval '1 minute', now()
       FROM bench_p`,
      [shop, BENCH_DESCRIPTION],
    );
    await client.query(
      `INSERT INTO "ProductOption" (id, "shopId", "productId", name, position, values)
       SELECT 'c' || substr(md5('api-o-' || n || '-' || k), 1, 24), $1, id, (ARRAY['Size','Colour'])[k + 1], k,
              CASE k WHEN 0 THEN ARRAY['S','M'] ELSE ARRAY['Sand','Ink'] END
       FROM bench_p, generate_series(0, 1) k`,
      [shop],
    );
    await client.query(
      `INSERT INTO "Variant" (id, "shopId", "productId", title, sku, option1, option2, "priceAmount", "compareAtAmount", "trackStock", stock, position, "updatedAt")
       SELECT 'c' || substr(md5('api-v-' || n || '-' || k), 1, 24), $1, id, size || ' / ' || colour, format('API-%s-%s', n, k), size, colour,
              price + k * 200, CASE WHEN n % 7 = 0 THEN price + 1000 END, n % 11 <> 0, (n * 7 + k * 5) % 23 + 2, k, now()
       FROM bench_p, generate_series(0, 3) k, LATERAL (SELECT (ARRAY['S','S','M','M'])[k + 1] AS size, (ARRAY['Sand','Ink','Sand','Ink'])[k + 1] AS colour) z`,
      [shop],
    );
    await client.query(
      `INSERT INTO "ProductImage" (id, "shopId", "productId", url, alt, width, height, position)
       SELECT 'c' || substr(md5('api-i-' || n), 1, 24), $1, id, $2, material || ' ' || thing || ', photo', $3, $4, 0 FROM bench_p`,
      [shop, image.url, image.width, image.height],
    );
    await client.query(
      `INSERT INTO "Collection" (id, "shopId", handle, title, position, "updatedAt")
       SELECT 'c' || substr(md5('api-c-' || c), 1, 24), $1, 'collection-' || c, 'Collection ' || c, c, now() FROM generate_series(0, 5) c`,
      [shop],
    );
    await client.query(
      `INSERT INTO "CollectionProduct" ("shopId", "collectionId", "productId", position)
       SELECT $1, 'c' || substr(md5('api-c-' || (n % 6)), 1, 24), id, n / 6 FROM bench_p`,
      [shop],
    );
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
    const { rows } = await client.query<{ handle: string }>(`SELECT handle FROM "Product" WHERE "shopId" = $1 ORDER BY "createdAt" DESC, id`, [shop]);
    return rows.map((r) => r.handle);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
