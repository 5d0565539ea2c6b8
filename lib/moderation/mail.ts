// The mails moderation sends a shop's owner about one of its products: review approved or
// declined, taken down, appeal accepted or refused. Each says what happened and where to act.
import { env } from "@/lib/env";
import type { Mail } from "@/lib/mail/send";

export type MailProduct = { id: string; title: string; shop: { name: string; slug: string } };
export type ModerationMailKind = "review_approved" | "review_rejected" | "taken_down" | "appeal_accepted" | "appeal_rejected";

const appUrl = () => env().APP_URL.replace(/\/+$/, "");
const productUrl = (p: MailProduct) => `${appUrl()}/dashboard/${p.shop.slug}/products/${p.id}`;

const TEXT: Record<ModerationMailKind, (p: MailProduct) => { subject: string; lead: string; next: string }> = {
  review_approved: (p) => ({
    subject: `${p.title} is approved and live`,
    lead: `Minishop reviewed “${p.title}” and published it: shoppers can buy it now.`,
    next: "",
  }),
  review_rejected: (p) => ({
    subject: `${p.title} can't be published yet`,
    lead: `Minishop reviewed “${p.title}” and did not publish it. The reviewer wrote:`,
    next: "Change the product and publish it again to send it for a new review:",
  }),
  taken_down: (p) => ({
    subject: `${p.title} was taken down`,
    lead: `Minishop took “${p.title}” off your shop ${p.shop.name}. Shoppers can no longer see or buy it. The reason:`,
    next: "If you think this is a mistake, you can appeal once from the product's page:",
  }),
  appeal_accepted: (p) => ({ subject: `${p.title} is restored`, lead: `Minishop accepted your appeal: “${p.title}” is back as it was.`, next: "" }),
  appeal_rejected: (p) => ({
    subject: `Your appeal for ${p.title} was refused`,
    lead: `Minishop looked at your appeal and “${p.title}” stays taken down. This decision is final. The reviewer wrote:`,
    next: "",
  }),
};

export function moderationMail(kind: ModerationMailKind, to: string, product: MailProduct, reason: string): Mail {
  const { subject, lead, next } = TEXT[kind](product);
  const lines = ["Hello,", "", lead];
  if (reason) lines.push("", reason);
  lines.push("", next || "The product:", "", productUrl(product));
  return { to, subject, text: lines.join("\n") };
}
