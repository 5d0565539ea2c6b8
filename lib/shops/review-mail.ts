// The mails the shop review sends the owner: approved (live now) and rejected (what to fix).
import { env } from "@/lib/env";
import type { Mail } from "@/lib/mail/send";

const appUrl = () => env().APP_URL.replace(/\/+$/, "");

export function approvedMail(to: string, shop: { name: string; slug: string }): Mail {
  return {
    to,
    subject: `${shop.name} is approved and live on Minishop`,
    text: ["Hello,", "", `Good news: ${shop.name} passed the review. Shoppers can now see it and buy from it:`, "", `${appUrl()}/s/${shop.slug}`].join("\n"),
  };
}

export function rejectedMail(to: string, shop: { name: string; slug: string }, reason: string): Mail {
  return {
    to,
    subject: `${shop.name}: changes needed before it can go live`,
    text: [
      "Hello,",
      "",
      `The review of ${shop.name} found something to fix before the shop can go live. The reviewer wrote:`,
      "",
      reason,
      "",
      "Fix it, then submit your details again from the Review page of your dashboard:",
      "",
      `${appUrl()}/dashboard/${shop.slug}/review`,
    ].join("\n"),
  };
}
