// Shared Playwright fixtures. Each test gets its own accounts and shops, made through the app's
// API instead of its forms (except in the tests of those forms), so no test leans on shared
// seeded rows. Every test fails on a browser console error or an uncaught page error, in any
// of its pages, so a broken page can't pass silently.
import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";

export const password = "a long enough password";

export type Account = { name: string; email: string };
export type Shop = { id: string; slug: string; name: string };
/** "empty": as the "Open shop" form opens it (EUR); "demo": the demo shop's settings and catalogue. */
export type ShopOptions = { catalogue?: "empty" | "demo"; inReview?: boolean };

export const suffix = () => Math.random().toString(36).slice(2, 8);

export function uniqueEmail(kind = "user") {
  return `${kind}-${Date.now()}-${suffix()}@example.test`;
}

/** The demo accounts scripts/start.ts seeds into every fresh database. */
export const demo = {
  admin: { email: "admin@demo.minishop.local", password: "minishop-admin" },
};

// better-auth refuses a cookie-carrying POST from an unknown origin: say where we come from.
const origin = (request: APIRequestContext, baseURL: string | undefined) => ({ request, headers: { origin: new URL(baseURL!).origin } });

async function signUpThroughApi({ request, headers }: ReturnType<typeof origin>, name: string): Promise<Account> {
  const email = uniqueEmail("merchant");
  const response = await request.post("/api/auth/sign-up/email", { headers, data: { name, email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return { name, email };
}

async function signInThroughApi({ request, headers }: ReturnType<typeof origin>, email: string, withPassword: string) {
  const response = await request.post("/api/auth/sign-in/email", { headers, data: { email, password: withPassword } });
  expect(response.status(), await response.text()).toBe(200);
}

/** A shop for whoever `request` is signed in as, through the test-only route scripts/e2e.ts switches on. */
async function openShopThroughApi({ request, headers }: ReturnType<typeof origin>, name: string, options: ShopOptions): Promise<Shop> {
  const token = process.env.E2E_SEED_TOKEN;
  if (!token) throw new Error("E2E_SEED_TOKEN is not set: run the e2e tests with `npm run test:e2e` (scripts/e2e.ts).");
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix()}`;
  const response = await request.post("/api/e2e/shops", { headers: { ...headers, "x-e2e-seed-token": token }, data: { name, slug, ...options } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** Fails the test on console errors and page errors in any page of `context`. */
function watchConsole(context: BrowserContext, errors: string[]) {
  context.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`${msg.text()} (${msg.location().url})`);
  });
  context.on("weberror", (error) => errors.push(error.error().message));
}

// The browser logs every expected 4xx reply (a 403 page, a 422 for a taken email, a 404 for a
// forged order link) as a failed resource load; those are the behaviour under test. Anything
// else, 5xx included, fails.
const expectedNoise = /Failed to load resource: the server responded with a status of (401|403|404|409|422|429)\b/;

type Fixtures = {
  failOnConsoleErrors: void;
  /** A new merchant, signed up through the API and signed in in the test's browser context. */
  merchant: Account;
  shopOptions: ShopOptions;
  /** A fresh shop of `merchant`'s, live unless `shopOptions.inReview`. */
  shop: Shop;
  /** A live shop with the demo catalogue whose owner is not the test's browser: for shoppers. */
  storefront: Shop;
};

export const test = base.extend<Fixtures, { adminState: string; moderatorState: string }>({
  failOnConsoleErrors: [
    async ({ context, browser }, use) => {
      const errors: string[] = [];
      watchConsole(context, errors);
      // Contexts a test opens itself (a shopper next to the merchant, an admin) are watched too.
      const newContext = browser.newContext;
      browser.newContext = async (options) => {
        const opened = await newContext.call(browser, options);
        watchConsole(opened, errors);
        return opened;
      };
      await use();
      browser.newContext = newContext;
      expect(errors.filter((e) => !expectedNoise.test(e))).toEqual([]);
    },
    { auto: true },
  ],

  merchant: async ({ context, baseURL }, use) => {
    // context.request shares the browser context's cookies: the page is signed in from here on.
    await use(await signUpThroughApi(origin(context.request, baseURL), "Maya Merchant"));
  },

  shopOptions: [{}, { option: true }],

  shop: async ({ context, baseURL, merchant, shopOptions }, use) => {
    void merchant; // the owner: its session is in context.request
    await use(await openShopThroughApi(origin(context.request, baseURL), `Shop ${suffix()}`, { catalogue: "empty", ...shopOptions }));
  },

  storefront: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({ baseURL });
    const api = origin(request, baseURL);
    await signUpThroughApi(api, "Demo Owner");
    const shop = await openShopThroughApi(api, "Minishop Demo Store", { catalogue: "demo" });
    await request.dispose();
    await use(shop);
  },

  // The platform admin, signed in once per worker through the API; its storage state is saved
  // for the contexts that act as the admin (approving a shop).
  adminState: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const request = await playwright.request.newContext({ baseURL });
      await signInThroughApi(origin(request, baseURL), demo.admin.email, demo.admin.password);
      const file = path.join(workerInfo.project.outputDir, `.auth/admin-${workerInfo.workerIndex}.json`);
      mkdirSync(path.dirname(file), { recursive: true });
      await request.storageState({ path: file });
      await request.dispose();
      await use(file);
    },
    { scope: "worker" },
  ],

  // A platform moderator, once per worker: a new account the admin gives the role on the
  // Platform team page, then signed in afresh; its storage state is for the contexts acting as it.
  moderatorState: [
    async ({ playwright, browser, adminState }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const request = await playwright.request.newContext({ baseURL });
      const account = await signUpThroughApi(origin(request, baseURL), "Mo Moderator");
      const context = await browser.newContext({ storageState: adminState, baseURL });
      const page = await context.newPage();
      await page.goto("/admin/team");
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Role", { exact: true }).selectOption("moderator");
      await page.getByRole("button", { name: "Save role" }).click();
      await expect(page.getByText(`${account.email} is now moderator.`)).toBeVisible();
      await context.close();
      await signInThroughApi(origin(request, baseURL), account.email, password);
      const file = path.join(workerInfo.project.outputDir, `.auth/moderator-${workerInfo.workerIndex}.json`);
      mkdirSync(path.dirname(file), { recursive: true });
      await request.storageState({ path: file });
      await request.dispose();
      await use(file);
    },
    { scope: "worker" },
  ],
});

export { expect };

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now; each reads "rule: what, where". */
export async function accessibilityViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
