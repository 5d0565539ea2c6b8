// The platform's notices to the shop (warnings, points, suspension…) and its active penalty
// points, on the dashboard home (lib/shops/enforcement.ts shopStanding).
import type { shopStanding } from "@/lib/shops/enforcement";
import { ruleLabel } from "@/lib/shops/enforcement-schemas";

type Standing = Awaited<ReturnType<typeof shopStanding>>;
const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function ShopStanding({ notices, points, activePoints }: Pick<Standing, "notices" | "points" | "activePoints">) {
  if (!notices.length && !points.length) return null;
  return (
    <section aria-labelledby="standing-title" className="space-y-4 rounded-lg border border-slate-200 p-5">
      <h2 id="standing-title" className="text-lg font-semibold">
        Notices from Minishop
      </h2>
      {points.length > 0 && (
        <div>
          <h3 className="font-medium">
            {activePoints} active penalty point{activePoints === 1 ? "" : "s"}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {points.map((p) => (
              <li key={p.id}>
                {p.points} for &quot;{ruleLabel(p.rule)}&quot;, given {day.format(p.createdAt)}, counts until {day.format(p.expiresAt)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <ol className="divide-y divide-slate-200">
          {notices.map((n) => (
            <li key={n.id} className="py-3">
              <h3 className="font-medium">{n.title}</h3>
              <p className="text-sm text-slate-600">{day.format(n.createdAt)}</p>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
