// The one error carts and checkout throw for anything the shopper can fix or should be told.
// Routes turn `status` into the HTTP status and show `fields` next to what they name
// ("email", "shippingAddress.postalCode", "lines.<cartLineId>", "discountCodes"); "form" is
// for the whole form.
import type { z } from "zod";

export type CheckoutErrorCode = "invalid" | "not_found" | "out_of_stock" | "unavailable" | "discount" | "payment";

const STATUS: Record<CheckoutErrorCode, 400 | 404 | 409 | 422 | 502> = {
  invalid: 400,
  not_found: 404,
  out_of_stock: 409,
  unavailable: 409,
  discount: 422,
  payment: 502,
};

export const SHOP_CLOSED = "This shop isn't taking orders right now.";

export class CheckoutError extends Error {
  readonly status: 400 | 404 | 409 | 422 | 502;

  constructor(
    readonly code: CheckoutErrorCode,
    readonly fields: Record<string, string>,
  ) {
    super(Object.values(fields)[0] ?? code);
    this.name = "CheckoutError";
    this.status = STATUS[code];
  }

  static invalid(fields: Record<string, string>) {
    return new CheckoutError("invalid", fields);
  }

  static shopClosed() {
    return new CheckoutError("unavailable", { form: SHOP_CLOSED });
  }

  static notFound(what: string) {
    return new CheckoutError("not_found", { form: `${what} not found.` });
  }
}

/** The first message per field, keyed by the zod path joined with dots ("form" for the root). */
export function fieldErrors(error: z.ZodError, prefix = ""): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? prefix + issue.path.map(String).join(".") : prefix ? prefix.slice(0, -1) : "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Parses `input` with `schema`, or throws CheckoutError("invalid") with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw CheckoutError.invalid(fieldErrors(result.error, prefix));
  return result.data;
}
