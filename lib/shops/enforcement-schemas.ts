// What the enforcement forms accept, shared by the forms and lib/shops/enforcement.ts. No server
// imports. The penalty rules are the documented list (decision record 0019): each names what the
// shop did and the points it costs by default; points count for POINTS_VALID_DAYS.
import { z } from "zod";

export const POINTS_VALID_DAYS = 365;

export const PENALTY_RULES = [
  { code: "late_fulfilment", label: "Orders sent late or not at all", points: 2 },
  { code: "misleading_listing", label: "Misleading product listing", points: 3 },
  { code: "prohibited_item", label: "Prohibited or restricted item on sale", points: 5 },
  { code: "refused_refund", label: "Refused a refund the shopper was owed", points: 3 },
  { code: "counterfeit", label: "Counterfeit goods", points: 8 },
  { code: "abusive_conduct", label: "Abusive conduct towards shoppers or staff", points: 4 },
  { code: "other", label: "Other breach of the platform's rules", points: 1 },
] as const;
export type PenaltyRule = (typeof PENALTY_RULES)[number]["code"];
const RULE_CODES: ReadonlySet<string> = new Set(PENALTY_RULES.map((r) => r.code));
export const ruleLabel = (code: string) => PENALTY_RULES.find((r) => r.code === code)?.label ?? code;

export const ENFORCEMENT_ACTIONS = ["warn", "penalty", "suspend", "reinstate", "close"] as const;
export type EnforcementAction = (typeof ENFORCEMENT_ACTIONS)[number];

const reason = z
  .string({ error: "Give the reason the merchant will read" })
  .trim()
  .min(10, "Give the reason the merchant will read (at least 10 characters)")
  .max(2000, "Use at most 2000 characters");

export const reasonSchema = z.object({ reason });

export const penaltySchema = z.object({
  rule: z.string({ error: "Choose the rule that was broken" }).refine((code) => RULE_CODES.has(code), "Choose the rule that was broken"),
  points: z.coerce
    .number({ error: "Enter the points, from 1 to 10" })
    .int("Enter the points, from 1 to 10")
    .min(1, "Enter the points, from 1 to 10")
    .max(10, "Enter the points, from 1 to 10"),
  reason,
});

/** Shop list filters of /admin/shops. */
export const SHOP_STATUSES = ["IN_REVIEW", "ACTIVE", "SUSPENDED", "CLOSED"] as const;
export const STATUS_LABEL: Record<(typeof SHOP_STATUSES)[number], string> = {
  IN_REVIEW: "In review",
  ACTIVE: "Active",
  SUSPENDED: "Suspended",
  CLOSED: "Closed",
};

export const actionSchema = z.object({ action: z.enum(ENFORCEMENT_ACTIONS, { error: "Choose an action" }) });

/** The console's one enforcement form: the action chosen, its reason, and for points the rule and how many. */
export const enforcementFormSchema = z.discriminatedUnion("action", [
  penaltySchema.extend({ action: z.literal("penalty") }),
  reasonSchema.extend({ action: z.enum(["warn", "suspend", "reinstate", "close"], { error: "Choose an action" }) }),
]);
