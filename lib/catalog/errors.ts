// The one error the catalogue throws for anything a merchant can fix or should be told:
// routes turn it into a 4xx and show `fields` next to the inputs they name.
import type { z } from "zod";

export type CatalogErrorCode = "invalid" | "not_found" | "conflict";

const STATUS: Record<CatalogErrorCode, 400 | 404 | 409> = { invalid: 400, not_found: 404, conflict: 409 };

export class CatalogError extends Error {
  readonly status: 400 | 404 | 409;

  /**
   * `fields` maps an input path ("title", "variants.2.sku", "options.0.values") to a message
   * for the merchant; "form" holds what belongs to no single field.
   */
  constructor(
    readonly code: CatalogErrorCode,
    readonly fields: Record<string, string>,
    message = Object.values(fields)[0] ?? code,
  ) {
    super(message);
    this.name = "CatalogError";
    this.status = STATUS[code];
  }

  static invalid(fields: Record<string, string>) {
    return new CatalogError("invalid", fields);
  }

  static notFound(what: string) {
    return new CatalogError("not_found", { form: `${what} not found.` });
  }

  static conflict(fields: Record<string, string>) {
    return new CatalogError("conflict", fields);
  }
}

/** "variants.2.sku" for a zod issue path; "form" for the root. */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join(".") : "form";
}

/** The first message per field, so each input shows one clear sentence. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[fieldKey(issue.path)] ??= issue.message;
  return fields;
}

/** Parses `input` with `schema`, or throws CatalogError("invalid") with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw CatalogError.invalid(fieldErrors(result.error));
  return result.data;
}

/** The unique index a Prisma error broke (e.g. "Product_shopId_handle_key"), else null. */
export function violatedUniqueIndex(error: unknown): string | null {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: string } } } } };
  if (e?.code !== "P2002") return null;
  const index = e.meta?.driverAdapterError?.cause?.constraint?.index;
  if (index) return index;
  return typeof e.meta?.target === "string" ? e.meta.target : "unknown";
}
