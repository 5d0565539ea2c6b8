// The one error every domain throws for anything the caller can fix or should be told. It
// carries a stable code (the API's `error.code`), the HTTP status that code means, and
// messages per field ("email", "lines.<id>", "variants.2.sku"; "form" for the whole request).
// A message is a key of the `errors` namespace of lib/i18n/messages (localised where it is
// shown: the storefront, the Storefront API) or, for merchant-facing validation text that
// lives in zod schemas, a literal English sentence.
import type { z } from "zod";
import type en from "@/lib/i18n/messages/en.json";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderMessage } from "@/lib/i18n/translate";
import { fieldKey } from "./input";

export { fieldErrors, fieldKey } from "./input";

export const ERROR_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  out_of_stock: 409,
  unavailable: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  discount: 422,
  rate_limited: 429,
  payment: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];
export type ErrorKey = keyof (typeof en)["errors"];
/** An amount of money in a message: formatted in the language the message is shown in. */
export type MoneyValue = { amount: number; currency: string };
export type MessageValues = Record<string, string | number | MoneyValue>;
/** A catalogue key with its ICU values, or a literal sentence (validation text from zod schemas). */
export type Message = { key: ErrorKey; values?: MessageValues } | { text: string };

/** `msg("onlyLeft", { count: 2 })`: a localisable message. */
export const msg = (key: ErrorKey, values?: MessageValues): Message => (values ? { key, values } : { key });

type FieldInput = Record<string, Message | string>;

// English: for logs, tests and the merchant dashboard (English only).
const inEnglish = (m: Message) => renderMessage(m, "en");

export class AppError extends Error {
  readonly status: ErrorStatus;
  readonly messages: Record<string, Message>;
  /** Seconds, for rate_limited: the reply's Retry-After. */
  retryAfter?: number;

  constructor(
    readonly code: ErrorCode,
    fields: FieldInput = {},
  ) {
    const messages = Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, typeof m === "string" ? { text: m } : m]));
    const first = Object.values(messages)[0];
    super(first ? inEnglish(first) : code);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
    this.messages = messages;
  }

  /** The messages in English, per field. */
  get fields(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.messages).map(([k, m]) => [k, inEnglish(m)]));
  }

  static invalid(fields: FieldInput) {
    return new AppError("invalid", fields);
  }

  /** Someone outside the shop learns nothing more than "not found". `what` names the thing: "shop", "cart", "product"… */
  static notFound(what: NotFoundWhat = "shop") {
    return new AppError("not_found", { form: msg(NOT_FOUND_KEYS[what]) });
  }

  static forbidden(message: Message | string = msg("forbidden")) {
    return new AppError("forbidden", { form: message });
  }

  static conflict(fields: FieldInput) {
    return new AppError("conflict", fields);
  }

  static rateLimited(retryAfterSeconds: number) {
    const error = new AppError("rate_limited", { form: msg("rateLimited") });
    error.retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    return error;
  }

  static shopClosed() {
    return new AppError("unavailable", { form: msg("shopClosed") });
  }
}

const NOT_FOUND_KEYS = {
  shop: "shopNotFound",
  cart: "cartNotFound",
  cartLine: "cartLineNotFound",
  product: "productNotFound",
  variant: "variantNotFound",
  collection: "collectionNotFound",
  order: "orderNotFound",
  discount: "discountNotFound",
  shippingRate: "shippingRateNotFound",
  member: "memberNotFound",
  invitation: "invitationNotFound",
  image: "imageNotFound",
  document: "documentNotFound",
  page: "pageNotFound",
} as const satisfies Record<string, ErrorKey>;

export type NotFoundWhat = keyof typeof NOT_FOUND_KEYS;

const KEYED = "errors.";

/**
 * A zod issue message that is a key of the `errors` catalogue, for schemas whose messages
 * shoppers read (localised): `z.string().max(100, keyed("tooLong"))`. The issue's own bounds
 * become the ICU values {min} and {max}; `values` adds or overrides others.
 */
export const keyed = (key: ErrorKey, values?: MessageValues) => `${KEYED}${key}${values ? `|${JSON.stringify(values)}` : ""}`;

/** A zod issue's message: a catalogue key (see keyed) or the literal sentence it carries. */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  if (!issue.message.startsWith(KEYED)) return { text: issue.message };
  const [key, given] = issue.message.slice(KEYED.length).split(/\|(.*)/s);
  const { minimum, maximum } = issue as { minimum?: number | bigint; maximum?: number | bigint };
  const values: MessageValues = {};
  if (minimum !== undefined) values.min = Number(minimum);
  if (maximum !== undefined) values.max = Number(maximum);
  Object.assign(values, given ? JSON.parse(given) : {});
  return msg(key as ErrorKey, Object.keys(values).length ? values : undefined);
}

/** The first message per field, so each input shows one clear sentence. */
export function fieldMessages(error: z.ZodError, prefix = ""): Record<string, Message> {
  const fields: Record<string, Message> = {};
  for (const issue of error.issues) fields[fieldKey(issue.path, prefix)] ??= issueMessage(issue);
  return fields;
}

/** Parses `input` with `schema`, or throws AppError("invalid") with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fields = fieldMessages(result.error, prefix);
    throw AppError.invalid(Object.keys(fields).length ? fields : { form: msg("invalidInput") });
  }
  return result.data;
}

/** A unique constraint fired: the pre-check lost a race with another request. */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The unique index a Prisma error broke (e.g. "Product_shopId_handle_key"), else null. */
export function violatedUniqueIndex(error: unknown): string | null {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: string } } } } };
  if (e?.code !== "P2002") return null;
  const index = e.meta?.driverAdapterError?.cause?.constraint?.index;
  if (index) return index;
  return typeof e.meta?.target === "string" ? e.meta.target : "unknown";
}
