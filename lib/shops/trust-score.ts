// A shop's trust score, 0–100: how reliably it serves shoppers, from four parts (decision record
// 0019). Pure: the numbers come from one SQL statement per run (./trust-score-run.ts).
//
//   fulfilment  40 × on-time rate (paid orders sent within FULFIL_WITHIN_DAYS of payment)
//   refunds     25 × (1 − refund rate / REFUND_RATE_FLOOR), not below 0 (20 % refunded orders → 0)
//   reports     15 × (1 − upheld reports / REPORTS_FLOOR), not below 0 (5 upheld reports → 0)
//   penalties   20 × (1 − active points / POINTS_FLOOR), not below 0 (12 active points → 0)
//
// With fewer than MIN_ORDERS orders due in the window, the two order parts count half their
// weight: a new shop has no record yet, good or bad, and earns "Trusted" by serving shoppers.

export const TRUST = {
  windowDays: 90,
  reportsWindowDays: 365,
  fulfilWithinDays: 3,
  minOrders: 5,
  refundRateFloor: 0.2,
  reportsFloor: 5,
  pointsFloor: 12,
  trustedFrom: 85,
  weights: { fulfilment: 40, refunds: 25, reports: 15, penalties: 20 },
} as const;

export type TrustInputs = {
  /** Paid orders of the window that were due to be sent (paid at least fulfilWithinDays ago). */
  dueOrders: number;
  /** Of those, sent within fulfilWithinDays of payment. */
  onTimeOrders: number;
  /** Paid orders of the window. */
  paidOrders: number;
  /** Of those, with any refund. */
  refundedOrders: number;
  /** Reports against the shop that a moderator upheld, in the last reportsWindowDays. */
  upheldReports: number;
  /** Penalty points not yet expired. */
  activePoints: number;
};

export type TrustPart = { key: keyof typeof TRUST.weights; label: string; score: number; max: number; detail: string };
export type TrustScore = { score: number; parts: TrustPart[] };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (n: number, of: number) => `${Math.round((n / of) * 100)} %`;

export function trustScore(i: TrustInputs): TrustScore {
  const w = TRUST.weights;
  const fulfilmentShare = i.dueOrders >= TRUST.minOrders ? i.onTimeOrders / i.dueOrders : 0.5;
  const refundShare = i.paidOrders >= TRUST.minOrders ? 1 - i.refundedOrders / i.paidOrders / TRUST.refundRateFloor : 0.5;
  const parts: TrustPart[] = [
    {
      key: "fulfilment",
      label: "On-time fulfilment",
      score: round1(w.fulfilment * clamp01(fulfilmentShare)),
      max: w.fulfilment,
      detail:
        i.dueOrders >= TRUST.minOrders
          ? `${i.onTimeOrders} of ${i.dueOrders} paid orders sent within ${TRUST.fulfilWithinDays} days (${percent(i.onTimeOrders, i.dueOrders)})`
          : `Fewer than ${TRUST.minOrders} orders to judge yet: half marks`,
    },
    {
      key: "refunds",
      label: "Refunds",
      score: round1(w.refunds * clamp01(refundShare)),
      max: w.refunds,
      detail:
        i.paidOrders >= TRUST.minOrders
          ? `${i.refundedOrders} of ${i.paidOrders} paid orders refunded (${percent(i.refundedOrders, i.paidOrders)})`
          : `Fewer than ${TRUST.minOrders} orders to judge yet: half marks`,
    },
    {
      key: "reports",
      label: "Upheld reports",
      score: round1(w.reports * clamp01(1 - i.upheldReports / TRUST.reportsFloor)),
      max: w.reports,
      detail: `${i.upheldReports} report${i.upheldReports === 1 ? "" : "s"} upheld by the Minishop team`,
    },
    {
      key: "penalties",
      label: "Penalty points",
      score: round1(w.penalties * clamp01(1 - i.activePoints / TRUST.pointsFloor)),
      max: w.penalties,
      detail: `${i.activePoints} active penalty point${i.activePoints === 1 ? "" : "s"}`,
    },
  ];
  const score = Math.round(parts.reduce((sum, p) => sum + p.score, 0));
  return { score: Math.min(100, Math.max(0, score)), parts };
}

export const isTrusted = (score: number | null | undefined) => score != null && score >= TRUST.trustedFrom;
