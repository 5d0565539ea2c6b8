// What the discount code form accepts, shared by the form (instant messages) and the server
// (lib/discounts/discounts.ts parses again). Amounts arrive as the merchant types them
// ("5.50", "15") and leave as the schema stores them: minor units of the shop's currency and
// basis points (docs/decisions/0004-pricing.md). Every field is checked at once, so the
// merchant sees all problems in one go.
import { z } from "zod";
import { formCheckbox, formList, formText } from "@/lib/core/form-fields";
import { currencyExponent, minorToDecimal, parseMoney } from "@/lib/money/format";
import { instantToLocal, isTimeZone, localToInstant } from "./dates";

export const CODE_MAX = 32;
export const MAX_TARGETS = 100;
export const MAX_AMOUNT = 1_000_000_000;
export const MAX_LIMIT = 1_000_000;

export const DISCOUNT_TYPES = ["PERCENTAGE", "FIXED_AMOUNT"] as const;
export const DISCOUNT_SCOPES = ["ORDER", "PRODUCTS", "COLLECTIONS"] as const;

/** Codes are stored upper-case and found upper-case (lib/checkout/discounts normalizeCode). */
export const codeSchema = z
  .string({ error: "Enter a code" })
  .trim()
  .min(1, "Enter a code")
  .max(CODE_MAX, `Use at most ${CODE_MAX} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, "Use only letters, digits, dashes and underscores, like SUMMER-15")
  .transform((code) => code.toUpperCase());

export type DiscountData = {
  code: string;
  type: (typeof DISCOUNT_TYPES)[number];
  value: number; // basis points or minor units
  scope: (typeof DISCOUNT_SCOPES)[number];
  productIds: string[];
  collectionIds: string[];
  minSubtotalAmount: number;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  combinable: boolean;
  active: boolean;
};

/** A list of ids: an array, or one comma-separated string (the form's hidden input). */
const ids = formList();
const when = z.union([z.date(), z.string()]).optional();

/** "15" or "12.5" (or "7,25") percent → basis points; null when it isn't such a number. */
function percentToBps(input: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(input);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : null;
}

export function bpsToPercent(bps: number): string {
  return String(bps / 100);
}

/** The form schema for a shop selling in `currency`. */
export function discountSchema(currency: string) {
  const example = minorToDecimal(5 * 10 ** currencyExponent(currency), currency); // "5.00", "5" for JPY
  return z
    .object({
      code: z.unknown(),
      type: z.unknown(),
      value: formText,
      scope: z.unknown(),
      productIds: ids,
      collectionIds: ids,
      minSubtotal: formText,
      startsAt: when,
      endsAt: when,
      timeZone: formText,
      usageLimit: formText,
      perCustomerLimit: formText,
      combinable: formCheckbox,
      active: formCheckbox,
    })
    .transform((raw, ctx): DiscountData => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });

      const code = codeSchema.safeParse(raw.code);
      if (!code.success) issue("code", code.error.issues[0].message);
      const type = z.enum(DISCOUNT_TYPES).safeParse(raw.type);
      if (!type.success) issue("type", "Choose a percentage or a fixed amount");
      const scope = z.enum(DISCOUNT_SCOPES).safeParse(raw.scope);
      if (!scope.success) issue("scope", "Choose what the code applies to");

      let value = 0;
      if (!raw.value) issue("value", "Enter the discount");
      else if (raw.value.startsWith("-")) issue("value", "The discount can't be negative");
      else if (type.data === "PERCENTAGE") {
        const bps = percentToBps(raw.value);
        if (bps === null) issue("value", "Enter a percentage like 15 or 12.5");
        else if (bps < 100 || bps > 10_000) issue("value", "Enter a percentage from 1 to 100");
        else value = bps;
      } else if (type.data === "FIXED_AMOUNT") {
        const amount = parseMoney(raw.value, currency);
        if (amount === null) issue("value", `Enter an amount like ${example}`);
        else if (amount < 1) issue("value", "Enter an amount above zero");
        else if (amount > MAX_AMOUNT) issue("value", "This amount is too large");
        else value = amount;
      }

      const productIds = scope.data === "PRODUCTS" ? raw.productIds : [];
      const collectionIds = scope.data === "COLLECTIONS" ? raw.collectionIds : [];
      if (scope.data === "PRODUCTS" && !productIds.length) issue("productIds", "Choose at least one product");
      if (scope.data === "COLLECTIONS" && !collectionIds.length) issue("collectionIds", "Choose at least one collection");
      if (productIds.length > MAX_TARGETS) issue("productIds", `Choose at most ${MAX_TARGETS} products`);
      if (collectionIds.length > MAX_TARGETS) issue("collectionIds", `Choose at most ${MAX_TARGETS} collections`);

      let minSubtotalAmount = 0;
      if (raw.minSubtotal.startsWith("-")) issue("minSubtotal", "The minimum can't be negative");
      else if (raw.minSubtotal) {
        const amount = parseMoney(raw.minSubtotal, currency);
        if (amount === null) issue("minSubtotal", `Enter an amount like ${example}, or leave it empty`);
        else if (amount > MAX_AMOUNT) issue("minSubtotal", "This amount is too large");
        else minSubtotalAmount = amount;
      }

      const timeZone = raw.timeZone || "UTC";
      if (!isTimeZone(timeZone)) issue("timeZone", "Unknown time zone: reload the page and try again");
      const instant = (name: "startsAt" | "endsAt"): Date | null => {
        const v = raw[name];
        if (v === undefined || (typeof v === "string" && !v.trim())) return null;
        let at: Date | null;
        if (v instanceof Date) at = v;
        else if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(v.trim()))
          at = new Date(v); // an instant, from a caller other than the form
        else if (isTimeZone(timeZone)) at = localToInstant(v, timeZone);
        else return null; // the time zone's own message says what to do
        if (!at || Number.isNaN(at.getTime())) {
          issue(name, "Enter a date and time");
          return null;
        }
        return at;
      };
      const startsAt = instant("startsAt");
      const endsAt = instant("endsAt");
      if (startsAt && endsAt && endsAt <= startsAt) issue("endsAt", "The end must be after the start");

      const limit = (name: "usageLimit" | "perCustomerLimit") => {
        const v = raw[name];
        if (!v) return null;
        if (!/^\d+$/.test(v) || Number(v) < 1) issue(name, "Enter a whole number of uses, 1 or more, or leave it empty");
        else if (Number(v) > MAX_LIMIT) issue(name, `Enter at most ${MAX_LIMIT.toLocaleString("en")}`);
        else return Number(v);
        return null;
      };
      const usageLimit = limit("usageLimit");
      const perCustomerLimit = limit("perCustomerLimit");

      if (!code.success || !type.success || !scope.success) return z.NEVER;
      return {
        code: code.data,
        type: type.data,
        value,
        scope: scope.data,
        productIds,
        collectionIds,
        minSubtotalAmount,
        startsAt,
        endsAt,
        usageLimit,
        perCustomerLimit,
        combinable: raw.combinable,
        active: raw.active,
      };
    });
}

export type DiscountInput = z.input<ReturnType<typeof discountSchema>>;

/** A stored discount as the form's fields, dates in `timeZone`. */
export function discountFormValues(
  d: Omit<DiscountData, "startsAt" | "endsAt"> & { startsAt: Date | null; endsAt: Date | null },
  currency: string,
  timeZone: string,
) {
  return {
    code: d.code,
    type: d.type,
    value: d.type === "PERCENTAGE" ? bpsToPercent(d.value) : minorToDecimal(d.value, currency),
    scope: d.scope,
    minSubtotal: d.minSubtotalAmount ? minorToDecimal(d.minSubtotalAmount, currency) : "",
    startsAt: d.startsAt ? instantToLocal(d.startsAt, timeZone) : "",
    endsAt: d.endsAt ? instantToLocal(d.endsAt, timeZone) : "",
    usageLimit: d.usageLimit === null ? "" : String(d.usageLimit),
    perCustomerLimit: d.perCustomerLimit === null ? "" : String(d.perCustomerLimit),
    combinable: d.combinable,
    active: d.active,
  };
}
