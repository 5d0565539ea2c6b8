"use server";
// The shop's team, owners only. Only actions live here: every export is a public endpoint,
// so each one checks access itself and takes the shop from that check, never from the form.
import { refresh } from "next/cache";
import { db } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send";
import { requireShopAccess, shopActor } from "@/lib/shops/access";
import { toFormState } from "@/lib/shops/errors";
import type { FormState } from "@/lib/shops/form-state";
import { invitationMail } from "@/lib/shops/invitation-mail";
import { inviteStaff, removeMember, revokeInvitation } from "@/lib/shops/staff";

export async function inviteAction(slug: string, _state: FormState, data: FormData): Promise<FormState> {
  const access = await requireShopAccess(slug, "members");
  const actor = shopActor(access);
  let invitation: Awaited<ReturnType<typeof inviteStaff>>;
  try {
    invitation = await inviteStaff(db, actor, Object.fromEntries(data));
  } catch (error) {
    return toFormState(error);
  }
  try {
    await sendMail(invitationMail(invitation.email, invitation.shop.name, access.user.name, invitation.token));
  } catch (error) {
    console.error("Sending the invitation failed", error);
    // An invitation nobody received would sit in the list looking sent: take it back.
    await revokeInvitation(db, actor, invitation.id).catch(() => {});
    refresh();
    return { fields: {}, form: "The invitation email couldn't be sent. Try again in a moment.", at: Date.now() };
  }
  refresh();
  return { fields: {}, saved: `Invitation sent to ${invitation.email}.`, at: Date.now() };
}

export async function revokeInvitationAction(slug: string, invitationId: string): Promise<FormState> {
  const access = await requireShopAccess(slug, "members");
  try {
    await revokeInvitation(db, shopActor(access), invitationId);
  } catch (error) {
    return toFormState(error);
  }
  refresh();
  return { fields: {}, at: Date.now() };
}

export async function removeMemberAction(slug: string, memberId: string): Promise<FormState> {
  const access = await requireShopAccess(slug, "members");
  try {
    await removeMember(db, shopActor(access), memberId);
  } catch (error) {
    return toFormState(error);
  }
  refresh();
  return { fields: {}, at: Date.now() };
}
