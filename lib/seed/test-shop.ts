// Test-only: the e2e fixtures open a fresh shop per test through the app's own server, so no
// test shares the demo shop's rows. Through the server, not straight into the database: the
// embedded PGlite is one session, and a second client's messages would interleave with the
// app's (see scripts/start.ts). The route exists only while scripts/e2e.ts sets E2E_SEED_TOKEN.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { parseInput } from "@/lib/core/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createShop } from "@/lib/shops/shops";
import { seedDemoShop } from "./demo";

/** True only when seeding is switched on and `token` is its secret. */
export function testSeedingAllowed(token: string | null, secret = process.env.E2E_SEED_TOKEN): boolean {
  if (!secret || !token) return false;
  const [a, b] = [Buffer.from(token), Buffer.from(secret)];
  return a.length === b.length && timingSafeEqual(a, b);
}

const testShopSchema = z.object({
  name: z.string().min(1).max(80),
  slug: z.string().min(3).max(48),
  // "empty": as the "Open shop" form opens it; "demo": the demo shop's settings and catalogue.
  catalogue: z.enum(["empty", "demo"]).default("empty"),
  // Left in review for the admin to approve; else live at once.
  inReview: z.boolean().default(false),
});

export async function openTestShop(db: PrismaClient, owner: { id: string; email: string }, input: unknown) {
  const { name, slug, catalogue, inReview } = parseInput(testShopSchema, input);
  if (catalogue === "demo") return seedDemoShop(db, { slug, ownerId: owner.id, name, status: inReview ? "IN_REVIEW" : "ACTIVE" });
  // What the form sends by default: the owner's email for shoppers, English first.
  // Live at once as with SHOP_REVIEW=auto (the audit row says so), unless left for the admin.
  const shop = await createShop(db, owner.id, { name, slug, currency: "EUR", contactEmail: owner.email, defaultLocale: "en" }, inReview ? "manual" : "auto");
  return { ...shop, name };
}
