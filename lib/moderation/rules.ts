// Matching a product against the platform's rules (ModerationRule): a TERM matches a whole
// word or phrase of the title, description or tags, a CATEGORY matches a whole tag; both
// ignore case. Pure functions, so the gate, the rules page's preview and the tests share them.
export type RuleKind = "TERM" | "CATEGORY";
export type RuleLevel = "PROHIBITED" | "RESTRICTED";
export type Rule = { id: string; kind: RuleKind; value: string; level: RuleLevel; reason: string };
export type ProductText = { title: string; descriptionMd: string; tags: string[] };
export type RuleMatch = Rule & { field: "title" | "description" | "tags" };

/** How a rule's value is stored for uniqueness and compared: trimmed, inner spaces collapsed, lower case. */
export const ruleKey = (value: string) => value.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patterns = new Map<string, RegExp>();

/**
 * The whole-word pattern of a term: not preceded or followed by a letter, digit or mark, so
 * "gun" matches "Gun" and "gun-metal" but not "begun" or "guns". Spaces inside a phrase match
 * any run of white space.
 */
export function termPattern(term: string): RegExp {
  const key = ruleKey(term);
  let pattern = patterns.get(key);
  if (!pattern) {
    const body = key.split(" ").map(escape).join("\\s+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, "iu");
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Every rule the product breaks, prohibited ones first; one entry per rule (the first field it matched). */
export function matchProduct(rules: readonly Rule[], product: ProductText): RuleMatch[] {
  const title = product.title.normalize("NFC");
  const description = product.descriptionMd.normalize("NFC");
  const tags = product.tags.map((t) => t.normalize("NFC"));
  const tagKeys = new Set(tags.map(ruleKey));
  const matches: RuleMatch[] = [];
  for (const rule of rules) {
    if (rule.kind === "CATEGORY") {
      if (tagKeys.has(ruleKey(rule.value))) matches.push({ ...rule, field: "tags" });
      continue;
    }
    const pattern = termPattern(rule.value);
    const field = pattern.test(title) ? "title" : pattern.test(description) ? "description" : tags.some((t) => pattern.test(t)) ? "tags" : null;
    if (field) matches.push({ ...rule, field });
  }
  return matches.sort((a, b) => (a.level === b.level ? 0 : a.level === "PROHIBITED" ? -1 : 1));
}

/** The verdict on publishing: refused (prohibited), held for review (restricted), or fine. */
export function verdict(matches: readonly RuleMatch[]): { level: RuleLevel | null; prohibited: RuleMatch[]; restricted: RuleMatch[] } {
  const prohibited = matches.filter((m) => m.level === "PROHIBITED");
  const restricted = matches.filter((m) => m.level === "RESTRICTED");
  return { level: prohibited.length ? "PROHIBITED" : restricted.length ? "RESTRICTED" : null, prohibited, restricted };
}
