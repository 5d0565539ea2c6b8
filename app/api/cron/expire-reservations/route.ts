import { db } from "@/lib/db/client";
import { cronSecret, handleCronRequest } from "@/lib/orders/cron";

export const dynamic = "force-dynamic";

// A cron service → the scheduled jobs: expired reservations released, unsent confirmation mails retried.
export async function POST(request: Request) {
  const result = await handleCronRequest(db, request.headers.get("authorization"), cronSecret());
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
