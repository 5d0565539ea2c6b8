import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountMenu } from "@/components/account-menu";
import { AppHeader } from "@/components/app-header";
import { isAdmin, requireUser } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { findMembership } from "@/lib/shops/access";
import { findInvitation } from "@/lib/shops/staff";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation" };

// Joining happens on the button, not on opening the page: a GET that changes things can be
// triggered by a link preview or a prefetch.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requireUser(`/invitations/${token}`);
  const invitation = await findInvitation(db, token);

  let problem: React.ReactNode = null;
  if (!invitation) {
    problem = "This invitation link is not valid. Check that you copied all of it, or ask the shop's owner for a new one.";
  } else if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    problem = (
      <>
        This invitation was sent to <strong>{invitation.email}</strong>, but you&apos;re signed in as <strong>{user.email}</strong>. Sign out, then open the
        link again and sign in with that address.
      </>
    );
  } else if (invitation.acceptedAt) {
    if (await findMembership(db, user.id, { id: invitation.shop.id })) redirect(`/dashboard/${invitation.shop.slug}`); // accepted already: the link just leads to the shop
    problem = "This invitation has already been used. Ask the shop's owner for a new one.";
  } else if (invitation.expiresAt <= new Date()) {
    problem = "This invitation has expired. Ask the shop's owner to invite you again.";
  }

  return (
    <>
      <AppHeader>
        <AccountMenu user={user} isAdmin={isAdmin(user)} />
      </AppHeader>
      <main id="main" className="mx-auto max-w-xl px-4 py-16 sm:px-6">
        {problem || !invitation ? (
          <>
            <h1 className="text-3xl font-bold tracking-tight">Can&apos;t use this invitation</h1>
            <p role="alert" className="mt-4 text-slate-700">
              {problem}
            </p>
            <Link href="/dashboard" className="mt-8 inline-block font-medium text-teal-800 underline underline-offset-2">
              Go to your dashboard
            </Link>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold tracking-tight">Join {invitation.shop.name}</h1>
            <p className="mt-4 text-slate-700">
              You&apos;ve been invited to help run <strong>{invitation.shop.name}</strong> as staff: you&apos;ll manage its products, collections and orders.
            </p>
            <form action={acceptInvitationAction.bind(null, token)} className="mt-8">
              <button type="submit" className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800">
                Join {invitation.shop.name}
              </button>
            </form>
          </>
        )}
      </main>
    </>
  );
}
