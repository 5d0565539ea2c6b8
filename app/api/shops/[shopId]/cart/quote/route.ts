// POST { shippingRateId?, discountCodes?, email? }: the checkout's order summary for the
// shopper's cart, priced on the server (lib/checkout/quote.ts). A refused code is not an
// error of the request: it comes back in codeErrors, with the reason the shopper reads.
import { storefrontRoute } from "@/app/_entry/storefront";
import { quoteCheckout } from "@/lib/checkout/quote";
import { AppError, msg } from "@/lib/core/errors";
import { db } from "@/lib/db/client";

export const POST = storefrontRoute(
  async ({ shopId, body, cart, locale }) => {
    const quote = await quoteCheckout(db, shopId, await cart(), body, locale);
    if (!quote) throw new AppError("not_found", { form: msg("cartEmpty") });
    return { quote };
  },
  { body: "json" },
);
