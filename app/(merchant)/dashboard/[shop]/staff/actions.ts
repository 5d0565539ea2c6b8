"use server";
// The shop's team, owners only. Only actions live here: every export is a public endpoint,
// and merchantAction checks the caller and takes the shop from that check, never from the form.
import { refresh } from "next/cache";
import { merchantAction } from "@/app/_entry/merchant";
import { AppError, parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { idSchema } from "@/lib/core/input";
import { db } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send";
import { invitationMail } from "@/lib/shops/invitation-mail";
import { inviteStaff, removeMember, revokeInvitation } from "@/lib/shops/staff";

export const inviteAction = merchantAction("members", async ({ actor, user }, _state: FormState, data: FormData) => {
  const invitation = await inviteStaff(db, actor, Object.fromEntries(data));
  try {
    await sendMail(invitationMail(invitation.email, invitation.shop.name, user.name, invitation.token));
  } catch (error) {
    console.error("Sending the invitation failed", error);
    // An invitation nobody received would sit in the list looking sent: take it back.
    await revokeInvitation(db, actor, invitation.id).catch(() => {});
    refresh();
    throw new AppError("unavailable", { form: "The invitation email couldn't be sent. Try again in a moment." });
  }
  refresh();
  return `Invitation sent to ${invitation.email}.`;
});

export const revokeInvitationAction = merchantAction("members", async ({ actor }, invitationId: string) => {
  await revokeInvitation(db, actor, parseInput(idSchema("Invitation not found."), invitationId));
  refresh();
});

export const removeMemberAction = merchantAction("members", async ({ actor }, memberId: string) => {
  await removeMember(db, actor, parseInput(idSchema("Team member not found."), memberId));
  refresh();
});
