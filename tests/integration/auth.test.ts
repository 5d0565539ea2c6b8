// Accounts through better-auth's real HTTP handler (the same one /api/auth serves):
// validation, duplicate emails and the sign-in rate limit, against the real database.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";

process.env.APP_URL = "http://localhost:3000";
delete process.env.AUTH_RATE_LIMIT_MAX;
delete process.env.TRUSTED_IP_HEADER;

let handler: (request: Request) => Promise<Response>;
beforeAll(async () => {
  const { auth } = await import("@/lib/auth/auth");
  handler = auth.handler;
});

// Each test starts with no attempts counted.
beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

function post(path: string, body: unknown, ip = "203.0.113.7", headers: Record<string, string> = {}) {
  return handler(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const sam = { email: "sam@example.test", password: "a long enough password" };

/** Eleven wrong passwords for Sam; `headersFor(i)` adds the i-th attempt's headers. */
async function elevenWrongSignIns(headersFor: (i: number) => Record<string, string>) {
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++)
    statuses.push((await post("/sign-in/email", { email: sam.email, password: "wrong password!" }, undefined, headersFor(i))).status);
  return statuses;
}

describe("accounts", () => {
  it("signs up once per email and refuses the duplicate without a second account", async () => {
    const body = { name: "Maya", email: "maya@example.test", password: "a long enough password" };
    expect((await post("/sign-up/email", body, "203.0.113.1")).status).toBe(200);
    const again = await post("/sign-up/email", { ...body, email: "MAYA@example.test" }, "203.0.113.1");
    expect(again.status).toBe(422);
    expect(await db.user.count({ where: { email: "maya@example.test" } })).toBe(1);
  });

  it("answers bad input with 400 and field messages, and creates nothing", async () => {
    const response = await post("/sign-up/email", { name: "", email: "not-an-email", password: "short" }, "203.0.113.2");
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(Object.keys(json.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "email", "password"]));
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("rate-limits sign-in: the 11th attempt in a minute gets 429", async () => {
    await post("/sign-up/email", { name: "Sam", ...sam }, "203.0.113.3");
    const statuses = await elevenWrongSignIns(() => ({ "x-forwarded-for": "203.0.113.4" }));
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password is refused until the window passes.
    expect((await post("/sign-in/email", sam, "203.0.113.4")).status).toBe(429);
  });

  it("counts each client address apart, so one client can't lock the others out", async () => {
    const statuses = await elevenWrongSignIns((i) => ({ "x-forwarded-for": `198.51.100.${i + 1}` }));
    expect(statuses.every((s) => s === 401)).toBe(true);
  });
});

describe("behind a proxy that sets TRUSTED_IP_HEADER", () => {
  /** A fresh auth instance trusting `header` (the variable is read when auth is created). */
  async function trusting(header: string) {
    process.env.TRUSTED_IP_HEADER = header;
    vi.resetModules();
    handler = (await import("@/lib/auth/auth")).auth.handler;
  }
  afterEach(async () => {
    delete process.env.TRUSTED_IP_HEADER;
    vi.resetModules();
    handler = (await import("@/lib/auth/auth")).auth.handler;
  });

  it("keeps a limit per X-Real-IP, whatever X-Forwarded-For the client sends", async () => {
    await trusting("x-real-ip");
    const apart = await elevenWrongSignIns((i) => ({ "x-real-ip": `198.51.100.${i + 1}` }));
    expect(apart.every((s) => s === 401)).toBe(true);
    const same = await elevenWrongSignIns((i) => ({ "x-real-ip": "198.51.100.200", "x-forwarded-for": `203.0.113.${i + 1}` }));
    expect(same.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(same[10]).toBe(429);
  });
});
