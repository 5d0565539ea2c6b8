// Accounts through better-auth's real HTTP handler (the same one /api/auth serves):
// validation, duplicate emails and the sign-in rate limit, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
process.env.APP_URL = "http://localhost:3000";
delete process.env.AUTH_RATE_LIMIT_MAX;

let handler: (request: Request) => Promise<Response>;
beforeAll(async () => {
  const { auth } = await import("@/lib/auth/auth");
  handler = auth.handler;
});

function post(path: string, body: unknown, ip = "203.0.113.7") {
  return handler(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
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
    await post("/sign-up/email", { name: "Sam", email: "sam@example.test", password: "a long enough password" }, "203.0.113.3");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post("/sign-in/email", { email: "sam@example.test", password: "wrong password!" }, "203.0.113.4")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password is refused until the window passes.
    expect((await post("/sign-in/email", { email: "sam@example.test", password: "a long enough password" }, "203.0.113.4")).status).toBe(429);
  });
});
