// The mail the shop's owner gets after each enforcement action: what happened and the reason.
import { env } from "@/lib/env";
import type { Mail } from "@/lib/mail/send";

const appUrl = () => env().APP_URL.replace(/\/+$/, "");

export function enforcementMail(to: string, shop: { name: string; slug: string }, notice: { title: string; body: string }): Mail {
  return {
    to,
    subject: `${shop.name}: ${notice.title}`,
    text: [
      "Hello,",
      "",
      notice.body,
      "",
      "You can read this notice and your shop's standing on your dashboard:",
      "",
      `${appUrl()}/dashboard/${shop.slug}`,
      "",
      "If you think this is a mistake, reply to this mail.",
    ].join("\n"),
  };
}
