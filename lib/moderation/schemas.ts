// What the moderation forms accept, shared by the forms and the server. No server imports.
import { z } from "zod";

const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const text = (what: string, min: number, max: number) =>
  z
    .string({ error: what })
    .trim()
    .min(min, min > 1 ? `${what} (at least ${min} characters)` : what)
    .max(max, `Use at most ${max} characters`)
    .regex(NO_CONTROL_CHARS, "Remove the control characters");

export const RULE_KINDS = [
  { code: "TERM", label: "Word or phrase (title, description, tags)" },
  { code: "CATEGORY", label: "Category (a whole tag)" },
] as const;
export const RULE_LEVELS = [
  { code: "PROHIBITED", label: "Prohibited: never published" },
  { code: "RESTRICTED", label: "Restricted: published after review" },
] as const;

export const ruleInputSchema = z.object({
  kind: z.enum(["TERM", "CATEGORY"], { error: "Choose a word or a category" }),
  value: text("Enter the word, phrase or category", 2, 100),
  level: z.enum(["PROHIBITED", "RESTRICTED"], { error: "Choose prohibited or restricted" }),
  reason: text("Say why, in words the merchant reads", 5, 300),
});
export const ruleUpdateSchema = ruleInputSchema.pick({ level: true, reason: true }).extend({
  active: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

/** An admin's reason for a decision the merchant reads (rejection, takedown, refused appeal). */
export const decisionReasonSchema = z.object({ reason: text("Say why, in words the merchant reads", 10, 2000) });
export const approvalSchema = z.object({ reason: z.string().trim().max(2000, "Use at most 2000 characters").optional().default("") });
export const appealSchema = z.object({ message: text("Tell us why the product should be restored", 10, 2000) });

export const REPORT_REASONS = [
  { code: "COUNTERFEIT", label: "Counterfeit or fake" },
  { code: "PROHIBITED_ITEM", label: "Prohibited or dangerous item" },
  { code: "SCAM", label: "Scam or fraud" },
  { code: "OFFENSIVE", label: "Offensive or hateful" },
  { code: "INTELLECTUAL_PROPERTY", label: "Uses someone else's brand or work" },
  { code: "OTHER", label: "Something else" },
] as const;
export type ReportReasonCode = (typeof REPORT_REASONS)[number]["code"];
export const reportReasonLabel = (code: string) => REPORT_REASONS.find((r) => r.code === code)?.label ?? code;

export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS.map((r) => r.code) as [ReportReasonCode, ...ReportReasonCode[]], { error: "Choose a reason" }),
  details: z.string().trim().max(1000, "Use at most 1000 characters").regex(NO_CONTROL_CHARS, "Remove the control characters").optional().default(""),
  productId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
