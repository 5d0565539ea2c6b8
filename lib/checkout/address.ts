// Shipping addresses: the same zod schema for the checkout form and the server. Postal codes
// are checked per country where the format is well known and normalised (upper case, the
// usual space), so the merchant's labels come out right; other countries get a lenient check.
import { z } from "zod";
import { AppError, keyed, msg, parseInput } from "@/lib/core/errors";
import { COUNTRIES } from "./country-codes";
import { deliversTo } from "./delivers-to";

type PostalRule = { pattern: RegExp; example: string; kind: "zip" | "postcode" | "postal"; format?: (code: string) => string };

const spaceBeforeLast3 = (code: string) => code.replace(/\s+/g, "").replace(/^(.+)(.{3})$/, "$1 $2");

// Patterns run on the upper-cased input with surrounding spaces trimmed.
const POSTAL_RULES: Record<string, PostalRule> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "94103 or 94103-1234", kind: "zip" },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, example: "K1A 0B1", kind: "postal", format: spaceBeforeLast3 },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/, example: "SW1A 1AA", kind: "postcode", format: spaceBeforeLast3 },
  FR: { pattern: /^\d{5}$/, example: "75008", kind: "postal" },
  DE: { pattern: /^\d{5}$/, example: "10115", kind: "postal" },
  CN: { pattern: /^\d{6}$/, example: "100000", kind: "postal" },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: "100-0001", kind: "postal", format: (c) => c.replace(/^(\d{3})-?(\d{4})$/, "$1-$2") },
};

// Letters, digits, spaces and dashes: fits every other country's codes; optional, as many have none.
const GENERIC_POSTAL = /^[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]$|^[A-Z0-9]$/;

// Countries where the post needs the state / province / prefecture.
const REGION_REQUIRED: Record<string, string> = { US: "state", CA: "province", CN: "province", JP: "prefecture" };

const text = (max: number, message: string) => z.string({ error: message }).trim().min(1, message).max(max, keyed("tooLong"));
const optionalText = (max: number) =>
  z
    .string(keyed("invalidInput"))
    .trim()
    .max(max, keyed("tooLong"))
    .optional()
    .transform((v) => v || undefined);

export const addressSchema = z
  .object(
    {
      name: text(100, keyed("addressName")),
      line1: text(200, keyed("addressLine1")),
      line2: optionalText(200),
      city: text(100, keyed("addressCity")),
      region: optionalText(100),
      postalCode: z.string(keyed("invalidInput")).trim().max(20, keyed("tooLong")).default(""),
      country: z
        .string({ error: keyed("addressCountry") })
        .trim()
        .toUpperCase()
        .refine((c) => COUNTRIES.has(c), keyed("addressCountry")),
      phone: optionalText(32),
    },
    { error: keyed("invalidInput") },
  )
  .transform((address, ctx) => {
    const rule = POSTAL_RULES[address.country];
    const code = address.postalCode.toUpperCase().replace(/\s+/g, " ");
    let postalCode: string | undefined = code || undefined;
    if (rule) {
      if (!rule.pattern.test(code)) {
        ctx.addIssue({
          code: "custom",
          path: ["postalCode"],
          message: code ? keyed("postalCodeFormat", { kind: rule.kind, example: rule.example }) : keyed("postalCodeRequired", { kind: rule.kind }),
        });
        return z.NEVER;
      }
      postalCode = rule.format ? rule.format(code) : code;
    } else if (code && !GENERIC_POSTAL.test(code)) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: keyed("postalCodeInvalid") });
      return z.NEVER;
    }
    const region = REGION_REQUIRED[address.country];
    if (region && !address.region) {
      ctx.addIssue({ code: "custom", path: ["region"], message: keyed("regionRequired", { kind: region }) });
      return z.NEVER;
    }
    return { ...address, postalCode };
  });

export type ShippingAddress = z.output<typeof addressSchema>;

/** Refuses an address the shipping rate doesn't deliver to (`countries` empty: everywhere). */
export function checkDelivery(address: Pick<ShippingAddress, "country">, countries: readonly string[]) {
  if (!deliversTo(countries, address.country)) throw AppError.invalid({ "shippingAddress.country": msg("noDeliveryToCountry") });
}

/**
 * The address, normalised, or AppError("invalid") with fields "shippingAddress.<field>".
 * `countries` are the shipping rate's (empty = ships everywhere).
 */
export function parseShippingAddress(input: unknown, countries: readonly string[] = []): ShippingAddress {
  const address = parseInput(addressSchema, input, "shippingAddress.");
  checkDelivery(address, countries);
  return address;
}
