"use server";
// The platform's team, administrators only. Every export is a public endpoint: adminAction checks the permission.
import { refresh } from "next/cache";
import { adminAction } from "@/app/_entry/admin";
import { setAdminRole } from "@/lib/admin/admins";
import { ADMIN_ROLE_LABELS } from "@/lib/admin/roles";
import type { FormState } from "@/lib/core/form-state";
import { db } from "@/lib/db/client";

export const setAdminRoleAction = adminAction(
  "manageAdmins",
  async ({ admin }, _state: FormState, data: FormData) => {
    const result = await setAdminRole(db, admin.id, Object.fromEntries(data));
    refresh();
    if (!result.changed) return `${result.email} already has this role.`;
    return result.role ? `${result.email} is now ${ADMIN_ROLE_LABELS[result.role].toLowerCase()}.` : `${result.email} is no longer a platform admin.`;
  },
  { inputs: ["email", "role"] },
);
