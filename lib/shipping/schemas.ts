// What the shipping rate form accepts, shared by the form and the server (lib/shipping/rates.ts
// parses again). Prices arrive as the merchant types them ("4.90") and are stored in minor
// units of the shop's currency; countries are ISO 3166-1 alpha-2 codes the checkout's address
// form offers (lib/checkout/countries.ts), none meaning everywhere.
import { z } from "zod";
import { formCheckbox, formList, formText } from "@/lib/core/form-fields";
import { countryCodes } from "@/lib/checkout/countries";
import { currencyExponent, minorToDecimal, parseMoney } from "@/lib/money/format";

export const NAME_MAX = 80;
export const MAX_AMOUNT = 1_000_000_000;

export type ShippingRateData = { name: string; amount: number; freeAboveAmount: number | null; countries: string[]; active: boolean };

/** An array, or one comma-separated string (the form's hidden input). */
const codes = formList((c) => c.trim().toUpperCase());

export const rateNameSchema = z
  .string({ error: "Enter a name shoppers will see, like Standard" })
  .trim()
  .min(1, "Enter a name shoppers will see, like Standard")
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters`)
  .regex(/^[^\u0000-\u001f\u007f]*$/, "The name can't contain control characters");

export function shippingRateSchema(currency: string) {
  const example = minorToDecimal(490 * 10 ** Math.max(0, currencyExponent(currency) - 2), currency);
  return z
    .object({ name: z.unknown(), price: formText, freeAbove: formText, countries: codes, active: formCheckbox })
    .transform((raw, ctx): ShippingRateData => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const name = rateNameSchema.safeParse(raw.name);
      if (!name.success) issue("name", name.error.issues[0].message);

      const money = (field: "price" | "freeAbove", orElse: string): number | null => {
        const v = raw[field];
        if (!v) return null;
        const amount = parseMoney(v, currency);
        if (v.startsWith("-")) issue(field, "The amount can't be negative");
        else if (amount === null) issue(field, `Enter an amount like ${example}${orElse}`);
        else if (amount > MAX_AMOUNT) issue(field, "This amount is too large");
        else return amount;
        return null;
      };
      const amount = money("price", " (0 for free shipping)");
      if (!raw.price) issue("price", "Enter the price, or 0 for free shipping");
      const freeAboveAmount = money("freeAbove", ", or leave it empty");

      const known = new Set(countryCodes());
      const unknown = raw.countries.filter((c) => !known.has(c));
      if (unknown.length) issue("countries", `Unknown country code${unknown.length > 1 ? "s" : ""}: ${unknown.slice(0, 5).join(", ")}`);
      if (raw.countries.length > known.size) issue("countries", "Too many countries");

      if (!name.success || amount === null) return z.NEVER;
      return { name: name.data, amount, freeAboveAmount, countries: raw.countries.sort(), active: raw.active };
    });
}

export type ShippingRateInput = z.input<ReturnType<typeof shippingRateSchema>>;

export function rateFormValues(rate: ShippingRateData, currency: string) {
  return {
    name: rate.name,
    price: minorToDecimal(rate.amount, currency),
    freeAbove: rate.freeAboveAmount === null ? "" : minorToDecimal(rate.freeAboveAmount, currency),
    countries: rate.countries,
    active: rate.active,
  };
}
