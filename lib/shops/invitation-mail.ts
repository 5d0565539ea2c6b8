// The invitation email. The link carries the only copy of the token (the database keeps its hash).
import { env } from "@/lib/env";
import type { Mail } from "@/lib/mail/send";
import { INVITATION_DAYS } from "./staff";

export function invitationMail(to: string, shopName: string, inviterName: string, token: string): Mail {
  const link = `${env().APP_URL.replace(/\/+$/, "")}/invitations/${token}`;
  return {
    to,
    subject: `Join ${shopName} on Minishop`,
    text: [
      "Hello,",
      "",
      `${inviterName} invited you to help run ${shopName} on Minishop: products, collections and orders.`,
      "",
      `Open this link within ${INVITATION_DAYS} days and sign in (or create an account) with this email address:`,
      "",
      link,
      "",
      "If you weren't expecting this, ignore this email.",
    ].join("\n"),
  };
}
