"use server";
// Accepting a staff invitation. Only actions live here: every export is a public endpoint.
import { redirect } from "next/navigation";
import { userAction, type UserContext } from "@/app/_entry/merchant";
import { db } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/shops/staff";

const accept = userAction(
  (token: string) => `/invitations/${token}`,
  async ({ user }: UserContext, token: string) => {
    const result = await acceptInvitation(db, user, String(token));
    // On a problem the page explains it (it runs the same checks).
    redirect(result.ok ? `/dashboard/${result.shopSlug}` : `/invitations/${token}`);
  },
);

/** The Join button's action: a plain form, so it answers nothing (it always redirects). */
export async function acceptInvitationAction(token: string): Promise<void> {
  await accept(token);
}
