"use server";
// Accepting a staff invitation. Only actions live here: every export is a public endpoint.
import { redirect } from "next/navigation";
import { requireUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/shops/staff";

export async function acceptInvitationAction(token: string) {
  const user = await requireUser(`/invitations/${token}`);
  const result = await acceptInvitation(db, user, token);
  // On a problem the page explains it (it runs the same checks).
  redirect(result.ok ? `/dashboard/${result.shopSlug}` : `/invitations/${token}`);
}
