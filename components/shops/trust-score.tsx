// A shop's trust score with its parts (lib/shops/trust-score.ts), for the merchant's dashboard
// and the console's shop page. The parts are stored with the score when it is computed.
import { isTrusted, TRUST, type TrustPart } from "@/lib/shops/trust-score";

type Props = { score: number | null; parts: unknown; computedAt: Date | null; headingLevel?: "h2" | "h3" };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function partsOf(stored: unknown): TrustPart[] {
  const parts = (stored as { parts?: unknown } | null)?.parts;
  return Array.isArray(parts) ? (parts as TrustPart[]) : [];
}

export function TrustScoreCard({ score, parts, computedAt, headingLevel: Heading = "h2" }: Props) {
  const list = partsOf(parts);
  return (
    <section aria-labelledby="trust-title" className="rounded-lg border border-slate-200 p-5">
      <Heading id="trust-title" className="text-lg font-semibold">
        Trust score
      </Heading>
      {score === null ? (
        <p className="mt-2 text-slate-700">Not computed yet: scores are worked out every day.</p>
      ) : (
        <>
          <p className="mt-2">
            <span className="text-3xl font-semibold">{score}</span>
            <span className="text-slate-600"> / 100</span>
            {isTrusted(score) ? (
              <span className="ml-3 rounded-full bg-teal-50 px-2 py-0.5 text-sm font-medium text-teal-900">Trusted shop badge shown to shoppers</span>
            ) : (
              <span className="ml-3 text-sm text-slate-700">Shoppers see a &quot;Trusted shop&quot; badge from {TRUST.trustedFrom}.</span>
            )}
          </p>
          {list.length > 0 && (
            <table className="mt-4 w-full text-left text-sm">
              <caption className="sr-only">What the trust score is made of</caption>
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th scope="col" className="py-2 font-medium">
                    Part
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Score
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Based on
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.key} className="border-b border-slate-100">
                    <th scope="row" className="py-2 font-medium">
                      {p.label}
                    </th>
                    <td className="py-2 whitespace-nowrap">
                      {p.score} / {p.max}
                    </td>
                    <td className="py-2 text-slate-700">{p.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {computedAt && (
            <p className="mt-2 text-sm text-slate-600">
              Worked out {when.format(computedAt)} UTC, from the last {TRUST.windowDays} days of orders.
            </p>
          )}
        </>
      )}
    </section>
  );
}
