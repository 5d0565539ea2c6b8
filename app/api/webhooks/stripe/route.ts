import { errorResponse, reply } from "@/lib/core/respond";
import { db } from "@/lib/db/client";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";

export const dynamic = "force-dynamic";

// Stripe → Minishop. The body is read as raw text: the signature covers the exact bytes.
export async function POST(request: Request) {
  try {
    const result = await handleStripeWebhook(db, await request.text(), request.headers.get("stripe-signature"));
    return reply(result.status, result.body);
  } catch (error) {
    return errorResponse(error);
  }
}
