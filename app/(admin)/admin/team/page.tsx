import type { Metadata } from "next";
import { AdminRoleForm } from "@/components/admin/admin-role-form";
import { requireAdmin } from "@/app/_entry/session";
import { listAdmins } from "@/lib/admin/admins";
import { ADMIN_ROLE_LABELS } from "@/lib/admin/roles";
import { db } from "@/lib/db/client";
import { setAdminRoleAction } from "./actions";

export const metadata: Metadata = { title: "Platform team" };

export default async function AdminTeamPage() {
  await requireAdmin("/admin/team", "manageAdmins");
  const team = await listAdmins(db);
  return (
    <>
      <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Platform team</h1>
        <section aria-labelledby="team-title" className="mt-8">
          <h2 id="team-title" className="text-xl font-semibold">
            Administrators and moderators
          </h2>
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {team.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-medium">{member.name}</p>
                  <p className="text-sm text-slate-600">{member.email}</p>
                </div>
                <span className="text-sm font-medium text-slate-700">{ADMIN_ROLE_LABELS[member.adminRole!]}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="role-title" className="mt-10">
          <h2 id="role-title" className="text-xl font-semibold">
            Change someone&apos;s role
          </h2>
          <div className="mt-4">
            <AdminRoleForm action={setAdminRoleAction} />
          </div>
        </section>
      </main>
    </>
  );
}
