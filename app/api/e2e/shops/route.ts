import { getCurrentUser } from "@/app/_entry/session";
import { AppError, msg } from "@/lib/core/errors";
import { errorResponse, reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { openTestShop, testSeedingAllowed } from "@/lib/seed/test-shop";

export const dynamic = "force-dynamic";

// Test-only (lib/seed/test-shop.ts): opens a shop for the signed-in caller. A 404, as if it
// didn't exist, unless scripts/e2e.ts switched seeding on and the request carries its token.
export async function POST(request: Request) {
  if (!testSeedingAllowed(request.headers.get("x-e2e-seed-token"))) return new Response(null, { status: 404 });
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", { form: msg("unauthenticated") });
    return reply(201, await openTestShop(db, user, await request.json()));
  } catch (error) {
    return errorResponse(error);
  }
}
