import type { Metadata } from "next";
import Link from "next/link";
import { NewRuleForm } from "@/components/moderation/rule-forms";
import { RowAction } from "@/components/shops/row-action";
import { requireAdmin } from "@/app/_entry/session";
import { db } from "@/lib/db/client";
import { listRules } from "@/lib/moderation/rule-edits";
import { createRuleAction, deleteRuleAction } from "./actions";

export const metadata: Metadata = { title: "Rules" };

const LEVEL = { PROHIBITED: "Prohibited", RESTRICTED: "Restricted" } as const;

export default async function RulesPage() {
  await requireAdmin("/admin/rules", "rules");
  const rules = await listRules(db);
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Rules</h1>
        <p className="mt-2 text-slate-700">
          Words, phrases and categories the platform refuses (prohibited) or publishes only after a review (restricted). They are matched as whole words, in any
          case, against a product&apos;s title, description and tags whenever it is published.
        </p>
      </div>

      <section aria-labelledby="new-rule" className="rounded-lg border border-slate-200 p-5">
        <h2 id="new-rule" className="mb-4 text-lg font-semibold">
          Add a rule
        </h2>
        <NewRuleForm action={createRuleAction} />
      </section>

      <section aria-labelledby="rule-list" className="space-y-4">
        <h2 id="rule-list" className="text-lg font-semibold">
          {rules.length === 1 ? "1 rule" : `${rules.length} rules`}
        </h2>
        {rules.length ? (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Rule
                </th>
                <th scope="col" className="py-2 pr-4">
                  Level
                </th>
                <th scope="col" className="py-2 pr-4">
                  Reason
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <tr key={rule.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <span className="font-medium">“{rule.value}”</span>
                    <br />
                    <span className="text-slate-700">
                      {rule.kind === "TERM" ? "word or phrase" : "category"}
                      {rule.active ? "" : " · inactive"}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{LEVEL[rule.level]}</td>
                  <td className="py-2 pr-4">{rule.reason}</td>
                  <td className="space-y-2 py-2 text-right">
                    <Link
                      href={`/admin/rules/${rule.id}`}
                      className="font-medium text-teal-800 underline underline-offset-2"
                      aria-label={`Edit rule “${rule.value}”`}
                    >
                      Edit
                    </Link>
                    <RowAction
                      action={deleteRuleAction.bind(null, rule.id)}
                      label="Delete"
                      pendingLabel="Deleting…"
                      accessibleLabel={`Delete rule “${rule.value}”`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-slate-700">No rules yet: every product can be published. Add the first one above.</p>
        )}
      </section>
    </main>
  );
}
