// Shared Playwright fixtures. Every test fails on a browser console error or an
// uncaught page error, so a broken page can't pass silently.
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ failOnConsoleErrors: void }>({
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use();
      // The browser logs every expected 4xx reply (a 403 page, a 422 for a taken email) as a
      // failed resource load; those are the behaviour under test. Anything else, 5xx included, fails.
      expect(errors.filter((e) => !/status of (401|403|404|409|422|429)\b/.test(e))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function uniqueEmail(kind = "user") {
  return `${kind}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export const demo = {
  shopSlug: "demo",
  merchant: { email: "merchant@demo.minishop.local", password: "minishop-demo" },
  admin: { email: "admin@demo.minishop.local", password: "minishop-admin" },
};
