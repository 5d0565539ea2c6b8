import { AccountMenu } from "@/components/account-menu";
import { AppHeader } from "@/components/app-header";
import { DashboardNav } from "@/components/dashboard/nav";
import { requireAdmin } from "@/app/_entry/session";
import { canAdmin, type AdminPermission } from "@/lib/admin/roles";
import { outboxEnabled } from "@/lib/mail/outbox";

// The console's frame: one header and the sections this admin's role opens. Each page and action
// checks its own permission again; the layout only decides which links to show.
const SECTIONS: { href: string; label: string; permission: AdminPermission }[] = [
  { href: "/admin", label: "Console", permission: "console" },
  { href: "/admin/reviews", label: "Shop reviews", permission: "review" },
  { href: "/admin/moderation", label: "Moderation", permission: "review" },
  { href: "/admin/shops", label: "Shops", permission: "enforce" },
  { href: "/admin/rules", label: "Rules", permission: "rules" },
  { href: "/admin/audit", label: "Audit log", permission: "console" },
  { href: "/admin/team", label: "Team", permission: "manageAdmins" },
  { href: "/admin/outbox", label: "Outbox", permission: "console" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdmin("/admin");
  const links = SECTIONS.filter((s) => canAdmin(admin.role, s.permission) && (s.href !== "/admin/outbox" || outboxEnabled()));
  return (
    <>
      <AppHeader home="/admin">
        <AccountMenu user={admin} isAdmin />
      </AppHeader>
      <div className="border-b border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-5xl px-4 py-2 sm:px-6">
          <DashboardNav links={links} label="Console sections" row />
        </div>
      </div>
      {children}
    </>
  );
}
