import type { Metadata } from "next";
import { InviteForm } from "@/components/shops/invite-form";
import { RowAction } from "@/components/shops/row-action";
import { db } from "@/lib/db/client";
import { merchantPage } from "@/app/_entry/merchant";
import { listTeam } from "@/lib/shops/staff";
import { inviteAction, removeMemberAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Staff" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export default async function StaffPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop, user } = await merchantPage((await params).shop, "members");
  const { members, invitations } = await listTeam(db, shop.id);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">Staff</h1>

      <section aria-labelledby="team">
        <h2 id="team" className="text-lg font-semibold">
          Team
        </h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 font-medium">
                Email
              </th>
              <th scope="col" className="py-2 font-medium">
                Role
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {members.map((m) => (
              <tr key={m.id}>
                <td className="py-2 pr-3 font-medium text-slate-900">
                  {m.user.name}
                  {m.user.id === user.id && <span className="text-slate-600"> (you)</span>}
                </td>
                <td className="py-2 pr-3 break-all">{m.user.email}</td>
                <td className="py-2 pr-3">{m.role === "OWNER" ? "Owner" : "Staff"}</td>
                <td className="py-2">
                  {m.user.id !== user.id && (
                    <RowAction
                      action={removeMemberAction.bind(null, shop.slug, m.id)}
                      label="Remove"
                      accessibleLabel={`Remove ${m.user.name}`}
                      pendingLabel="Removing…"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pending">
        <h2 id="pending" className="text-lg font-semibold">
          Pending invitations
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No pending invitations.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {invitations.map((inv) => (
              <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                <span>
                  <span className="font-medium break-all text-slate-900">{inv.email}</span>
                  <span className="block text-slate-600">Expires {dateFormat.format(inv.expiresAt)}</span>
                </span>
                <RowAction
                  action={revokeInvitationAction.bind(null, shop.slug, inv.id)}
                  label="Revoke"
                  accessibleLabel={`Revoke invitation for ${inv.email}`}
                  pendingLabel="Revoking…"
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invite" className="rounded-lg border border-slate-200 p-5">
        <h2 id="invite" className="text-lg font-semibold">
          Invite staff
        </h2>
        <div className="mt-4">
          <InviteForm action={inviteAction.bind(null, shop.slug)} />
        </div>
      </section>
    </div>
  );
}
