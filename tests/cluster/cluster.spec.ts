// Two production servers on one PostgreSQL and one Redis behind the local proxy (npm run cluster,
// started by playwright.cluster.config.ts): what the shared caches, the job queue and the
// checkout promise when a platform runs several app servers. The tests run in order on the same
// cluster; the last one kills a server.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import pg from "pg";
import { demo as e2eDemo, expect, test } from "../../e2e/fixtures";
import { addToCart, checkOut, Jar, pay, type CheckoutAnswer } from "../../scripts/lib/shopper";

// npm run cluster seeds the demo shop (lib/seed/demo.ts) on its fresh database; these tests use it.
const demo = { shopSlug: "demo", merchant: { email: "merchant@demo.minishop.local", password: "minishop-demo" }, admin: e2eDemo.admin };

type ClusterInfo = { proxy: string; servers: { origin: string; pid: number }[] };
const cluster = (): ClusterInfo => JSON.parse(readFileSync(path.join(process.env.DATA_DIR!, "cluster.json"), "utf8"));

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Whether nothing listens at `origin` any more (the connection is refused, not reset). */
async function refusesConnections(origin: string) {
  try {
    await fetch(`${origin}/api/health`);
    return false;
  } catch (error) {
    return ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code === "ECONNREFUSED";
  }
}

/** Who each mail in the shared dev outbox went to. */
function outbox(): string[] {
  const dir = path.join(process.env.DATA_DIR!, "mail");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => (JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { to: string }).to);
}

async function signIn(page: Page, origin: string) {
  await page.goto(`${origin}/sign-in?next=%2Fdashboard`);
  await page.getByLabel("Email").fill(demo.merchant.email);
  await page.getByLabel("Password").fill(demo.merchant.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test.describe.configure({ mode: "serial" });

test("a price edited through server 1 shows at once on server 2, whose page was cached", async ({ page, request }) => {
  const [one, two] = cluster().servers;
  const handle = "recycled-sketchbook-a4"; // one variant, €14.00
  const [product] = await query<{ id: string }>(`SELECT p.id FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = $1 AND p.handle = $2`, [
    demo.shopSlug,
    handle,
  ]);
  const productPage = `${two!.origin}/s/${demo.shopSlug}/p/${handle}`;
  await request.get(productPage);
  const cached = await request.get(productPage);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  const before = await cached.text();
  expect(before).toContain("€14.00");
  expect(before).not.toContain("€17.35");

  await signIn(page, one!.origin);
  await page.goto(`${one!.origin}/dashboard/${demo.shopSlug}/products/${product!.id}`);
  await page.getByLabel("Price for Default", { exact: true }).fill("17.35");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product saved." })).toBeFocused();

  // No waiting, no retry: server 1's expiry removed the page and its data from Redis for every server.
  const fresh = await request.get(productPage);
  expect(fresh.headers()["x-nextjs-cache"]).not.toBe("HIT");
  expect(await fresh.text()).toContain("€17.35");
  // And the proxy's next answer (either server) is the new page from the shared cache.
  expect(await (await request.get(`${cluster().proxy}/s/${demo.shopSlug}/p/${handle}`)).text()).toContain("€17.35");
});

test("sign-in attempts are counted across both servers", async ({ request }) => {
  const [one, two] = cluster().servers;
  // The servers trust X-Real-IP (the proxy sets it); one client's address, alternating servers.
  const attempt = (origin: string) =>
    request.post(`${origin}/api/auth/sign-in/email`, {
      headers: { "x-real-ip": "203.0.113.77", Origin: origin },
      data: { email: demo.merchant.email, password: "not the password" },
    });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await attempt(i % 2 ? two!.origin : one!.origin)).status());
  expect(statuses).toEqual([401, 401, 401, 401, 401]); // AUTH_RATE_LIMIT_MAX=5: three on one server, two on the other
  expect((await attempt(one!.origin)).status()).toBe(429);
  expect((await attempt(two!.origin)).status()).toBe(429);
});

test("the every-minute job runs once a minute, not once per server", async () => {
  // Both servers keep pg-boss's cron; wait until two whole minutes have had their run.
  await expect
    .poll(
      async () =>
        (await query<{ n: number }>(`SELECT count(DISTINCT date_trunc('minute', created_on))::int AS n FROM pgboss.job WHERE name = 'expire-reservations'`))[0]!
          .n,
      {
        timeout: 150_000,
        intervals: [5_000],
      },
    )
    .toBeGreaterThanOrEqual(2);
  const perMinute = await query<{ minute: Date; runs: number }>(
    `SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS runs FROM pgboss.job WHERE name = 'expire-reservations' GROUP BY 1 ORDER BY 1`,
  );
  for (const { runs } of perMinute) expect(runs).toBe(1);
});

test("platform admins see the job queues on /admin", async ({ page }) => {
  await page.goto(`${cluster().proxy}/sign-in?next=%2Fadmin`);
  await page.getByLabel("Email").fill(demo.admin.email);
  await page.getByLabel("Password").fill(demo.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const jobs = page.getByRole("region", { name: "Background jobs" });
  const row = jobs.getByRole("row", { name: /expire-reservations/ });
  await expect(row).toBeVisible();
  // The every-minute runs so far, done: the Done column of that row counts them.
  const done = Number((await row.getByRole("cell").nth(3).innerText()).replace(/\D/g, ""));
  expect(done).toBeGreaterThanOrEqual(2);
  await expect(jobs.getByRole("row", { name: /order-confirmation/ })).toBeVisible();
});

test("kill -9 of a server mid-checkout loses no order, and the other server releases its reservations", async () => {
  const info = cluster();
  const [victim, survivor] = info.servers;
  const [shop] = await query<{ id: string; rate: string }>(
    `SELECT s.id, (SELECT r.id FROM "ShippingRate" r WHERE r."shopId" = s.id ORDER BY r.position LIMIT 1) AS rate FROM "Shop" s WHERE s.slug = $1`,
    [demo.shopSlug],
  );
  // A product of its own, so the units add up exactly: 40 in stock, none reserved.
  const variantId = `cluster-kill-${Date.now()}`;
  await query(`INSERT INTO "Product" (id, "shopId", handle, title, status, "updatedAt") VALUES ($1, $2, $1, 'Kill test', 'ACTIVE', now())`, [
    variantId,
    shop!.id,
  ]);
  await query(
    `INSERT INTO "Variant" (id, "shopId", "productId", title, "priceAmount", "trackStock", stock, "updatedAt") VALUES ($1, $2, $1, 'Default', 1000, true, 40, now())`,
    [variantId, shop!.id],
  );
  const shopper = async (n: number, origin: string) => {
    const jar = new Jar();
    const added = await addToCart(origin, shop!.id, jar, variantId, 2);
    if (added !== 201) return { n, jar, answer: { status: added } as CheckoutAnswer };
    return { n, jar, answer: await checkOut(origin, shop!.id, jar, { email: `kill-${n}@cluster.test`, shippingRateId: shop!.rate }) };
  };

  // Six shoppers check out on the server about to die (their stock reserved), then six more
  // start while it is killed.
  const settled = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => shopper(n, victim!.origin)));
  for (const s of settled) expect(s.answer.status).toBe(201);
  const inFlight = Promise.all([6, 7, 8, 9, 10, 11].map((n) => shopper(n, victim!.origin).catch(() => null)));
  await new Promise((resolve) => setTimeout(resolve, 150));
  process.kill(-victim!.pid, "SIGKILL"); // the server's whole process group, as a crash would
  await inFlight;
  // A killed process with a large heap takes a moment to exit, and until its listening socket is
  // closed the kernel still accepts connections and then resets them: a balancer's health check
  // would not yet have marked it down either. Pay once it refuses connections, as it will from then on.
  await expect.poll(() => refusesConnections(victim!.origin), { timeout: 10_000, intervals: [100] }).toBe(true);

  // Three of the first six pay through the proxy: only the survivor answers now.
  for (const s of settled.slice(0, 3)) {
    const paid = await pay(info.proxy, s.answer.redirectUrl!, "pay", s.jar);
    expect(paid.status, paid.status === 303 ? "" : await paid.text()).toBe(303);
    expect(paid.headers.get("location")).toContain("/orders/");
  }

  // The rest hold their units until their one-minute reservation ends; the survivor's job releases them.
  const orders = () =>
    query<{ email: string; status: string; lines: number; payments: number }>(
      `SELECT o.email, o.status::text, (SELECT count(*)::int FROM "OrderLine" l WHERE l."orderId" = o.id) AS lines,
         (SELECT count(*)::int FROM "Payment" p WHERE p."orderId" = o.id) AS payments
       FROM "Order" o JOIN "OrderLine" ol ON ol."orderId" = o.id WHERE ol."variantId" = $1`,
      [variantId],
    );
  await expect.poll(async () => (await orders()).filter((o) => o.status === "PENDING").length, { timeout: 180_000, intervals: [5_000] }).toBe(0);

  const all = await orders();
  // Every checkout that was answered has its order; none is half-written (each has its line and payment).
  for (const s of settled) expect(all.map((o) => o.email)).toContain(`kill-${s.n}@cluster.test`);
  for (const o of all) expect([o.lines, o.payments]).toEqual([1, 1]);
  const paid = all
    .filter((o) => o.status === "PAID")
    .map((o) => o.email)
    .sort();
  expect(paid).toEqual(["kill-0@cluster.test", "kill-1@cluster.test", "kill-2@cluster.test"]);
  expect(all.filter((o) => o.status !== "PAID").every((o) => o.status === "EXPIRED")).toBe(true);
  // Sold units left the stock; every reservation came back.
  const [variant] = await query<{ stock: number; reserved: number }>(`SELECT stock, reserved FROM "Variant" WHERE id = $1`, [variantId]);
  expect(variant).toEqual({ stock: 40 - 3 * 2, reserved: 0 });

  // Each paid order got exactly one confirmation mail (one outbox: the servers share DATA_DIR here, as they would an SMTP server).
  const mailsTo = () => outbox().filter((to) => to.startsWith("kill-"));
  await expect.poll(() => mailsTo().length).toBeGreaterThanOrEqual(3);
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // a second copy would have gone by now
  expect(mailsTo().sort()).toEqual(paid);
  expect((await fetch(`${survivor!.origin}/api/health`)).ok).toBe(true);
});
