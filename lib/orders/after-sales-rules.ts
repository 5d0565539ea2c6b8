// The rules of after-sales requests that need no database (decision record 0015): the states a
// request moves through, and how many units of a line a shopper may still ask about.
import { msg, type Message } from "@/lib/core/errors";
import type { AfterSalesStatus } from "@/lib/generated/prisma/enums";

// The kinds and reasons live apart so the browser's form can import them (Prisma's create checks the kinds against the schema's enum).
export { AFTER_SALES_KINDS, AFTER_SALES_REASONS, type AfterSalesReason } from "./after-sales-options";

/** Open: the line's units are held by it. */
export const OPEN_STATUSES = ["REQUESTED", "ACCEPTED"] as const satisfies readonly AfterSalesStatus[];

/** requested → accepted → completed; requested or accepted → rejected; requested → withdrawn (by the shopper). */
export const AFTER_SALES_CHANGES = {
  REQUESTED: ["ACCEPTED", "REJECTED", "WITHDRAWN"],
  ACCEPTED: ["COMPLETED", "REJECTED"],
  COMPLETED: [],
  REJECTED: [],
  WITHDRAWN: [],
} as const satisfies Record<AfterSalesStatus, readonly AfterSalesStatus[]>;

export function canChangeRequest(from: AfterSalesStatus, to: AfterSalesStatus) {
  return (AFTER_SALES_CHANGES[from] as readonly AfterSalesStatus[]).includes(to);
}

export const isOpen = (status: AfterSalesStatus) => (OPEN_STATUSES as readonly AfterSalesStatus[]).includes(status);

export type BoughtLine = { id: string; quantity: number; refundedQuantity: number };
export type HeldLine = { orderLineId: string; quantity: number };
export type WantedLine = { orderLineId: string; quantity: number };

/**
 * Units of each line a new request may name: bought − refunded − held by open requests; a
 * line any open request names is held whole (one open request per line), so 0.
 */
export function requestableQuantities(lines: readonly BoughtLine[], held: readonly HeldLine[]): Map<string, number> {
  const heldLines = new Set(held.map((h) => h.orderLineId));
  return new Map(lines.map((l) => [l.id, heldLines.has(l.id) ? 0 : Math.max(0, l.quantity - l.refundedQuantity)]));
}

/** The messages, per field (`lines.<i>`, `form`), that refuse `wanted`; empty when it may be asked for. */
export function checkRequestLines(wanted: readonly WantedLine[], lines: readonly BoughtLine[], held: readonly HeldLine[]): Record<string, Message> {
  const fields: Record<string, Message> = {};
  const left = requestableQuantities(lines, held);
  const heldLines = new Set(held.map((h) => h.orderLineId));
  for (const [i, w] of wanted.entries()) {
    const line = lines.find((l) => l.id === w.orderLineId);
    const max = left.get(w.orderLineId) ?? 0;
    if (!line) fields[`lines.${i}`] = msg("afterSalesLineNotInOrder");
    else if (heldLines.has(line.id)) fields[`lines.${i}`] = msg("afterSalesLineOpen");
    else if (w.quantity > max) fields[`lines.${i}`] = max ? msg("afterSalesAtMost", { max }) : msg("afterSalesNothingLeft");
  }
  if (new Set(wanted.map((w) => w.orderLineId)).size !== wanted.length) fields.form = msg("afterSalesEachLineOnce");
  if (!wanted.length) fields.form = msg("afterSalesChooseLines");
  return fields;
}
