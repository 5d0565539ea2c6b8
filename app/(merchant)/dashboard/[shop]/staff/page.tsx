import type { Metadata } from "next";
import { ListHeader, RecordTable } from "@/components/dashboard/record-list";
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
      <ListHeader title="Staff" />

      <section aria-labelledby="team">
        <h2 id="team" className="text-lg font-semibold">
          Team
        </h2>
        <div className="mt-3">
          <RecordTable caption="The people who work on this shop" columns={["Name", "Email", "Role", { label: "Actions", hidden: true }]}>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                  {m.user.name}
                  {m.user.id === user.id && <span className="font-normal text-slate-600"> (you)</span>}
                </th>
                <td className="px-3 py-2 break-all">{m.user.email}</td>
                <td className="px-3 py-2">{m.role === "OWNER" ? "Owner" : "Staff"}</td>
                <td className="px-3 py-2 text-right">
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
          </RecordTable>
        </div>
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
