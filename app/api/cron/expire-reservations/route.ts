import { errorResponse, reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { cronSecret, handleCronRequest } from "@/lib/orders/cron";

export const dynamic = "force-dynamic";

// A cron service → the scheduled jobs: expired reservations released, unsent confirmation mails retried.
export async function POST(request: Request) {
  try {
    const result = await handleCronRequest(db, request.headers.get("authorization"), cronSecret());
    return reply(result.status, result.body);
  } catch (error) {
    return errorResponse(error);
  }
}
