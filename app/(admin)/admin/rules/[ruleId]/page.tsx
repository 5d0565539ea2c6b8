import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditRuleForm } from "@/components/moderation/rule-forms";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { updateRuleAction } from "../actions";

export const metadata: Metadata = { title: "Edit rule" };

export default async function EditRulePage({ params }: { params: Promise<{ ruleId: string }> }) {
  const { ruleId } = await params;
  await requireAdmin(`/admin/rules/${ruleId}`, "rules");
  const rule = await db.moderationRule.findUnique({ where: { id: String(ruleId).slice(0, 64) } });
  if (!rule) notFound();
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10 sm:px-6">
      <p>
        <Link href="/admin/rules" className="text-sm font-medium text-teal-800 underline underline-offset-2">
          Back to the rules
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">Rule “{rule.value}”</h1>
      <p className="text-slate-700">
        {rule.kind === "TERM" ? "A word or phrase in the title, description or tags." : "A category: a whole tag."} To match something else, add a new rule.
      </p>
      <EditRuleForm rule={rule} update={updateRuleAction.bind(null, rule.id)} />
    </main>
  );
}
