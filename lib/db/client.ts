// The one Prisma client of the app. Reused across hot reloads in development.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrisma(url: string, options: { max?: number; schema?: string } = {}) {
  const adapter = new PrismaPg(
    { connectionString: url, max: options.max ?? 10 },
    options.schema ? { schema: options.schema } : undefined,
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded database.");
  return url;
}

export const db: PrismaClient =
  globalForPrisma.prisma ??
  createPrisma(databaseUrl(), {
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    schema: process.env.DATABASE_SCHEMA || undefined,
  });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type { PrismaClient };
