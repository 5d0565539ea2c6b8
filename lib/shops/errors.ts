// The one error lib/shops throws for anything the merchant can fix or should be told.
// Actions show `fields` next to the inputs they name; "form" is for the whole form.
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrors } from "@/lib/auth/schemas";

export type ShopErrorCode = "invalid" | "not_found" | "forbidden";

export class ShopError extends Error {
  constructor(
    readonly code: ShopErrorCode,
    readonly fields: Record<string, string>,
  ) {
    super(Object.values(fields)[0] ?? code);
    this.name = "ShopError";
  }

  static invalid(fields: Record<string, string>) {
    return new ShopError("invalid", fields);
  }

  // Someone outside the shop learns nothing more than "not found", as on the pages.
  static notFound(what = "Shop") {
    return new ShopError("not_found", { form: `${what} not found.` });
  }

  static forbidden() {
    return new ShopError("forbidden", { form: "Only the shop's owners can do this." });
  }
}

/** Parses `input` or throws ShopError.invalid with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).filter((e): e is [string, string] => !!e[1]));
    throw ShopError.invalid(Object.keys(fields).length ? fields : { form: "Check the form and try again." });
  }
  return parsed.data;
}

/** A unique constraint fired: the pre-check lost a race with another request. */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export const SLUG_TAKEN = "This address is taken: choose another one";

/** A ShopError as the form's answer; anything else is a bug and is rethrown. */
export function toFormState(error: unknown) {
  if (!(error instanceof ShopError)) throw error;
  const { form, ...fields } = error.fields;
  return { fields, form, at: Date.now() };
}
