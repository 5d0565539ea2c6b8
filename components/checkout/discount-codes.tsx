"use client";
// Discount codes: apply one (the server says yes, or why not), remove one. The totals around
// it come from the server's answer, never from arithmetic here.
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useHydrated } from "@/components/cart/use-hydrated";
import type { CheckoutQuote } from "@/lib/checkout/quote";

type Props = {
  quote: CheckoutQuote;
  requote: (change: { discountCodes: string[] }) => Promise<CheckoutQuote | null>;
  error?: string; // from "Pay": the code was refused when the order was placed
};

export function DiscountCodes({ quote, requote, error }: Props) {
  const t = useTranslations("checkout");
  const [code, setCode] = useState("");
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function apply() {
    const wanted = code.trim().toUpperCase();
    if (!wanted) return setMessage({ ok: false, text: t("enterCode") });
    setBusy(true);
    const next = await requote({ discountCodes: [...quote.codes, wanted] });
    setBusy(false);
    if (!next) return;
    const refused = next.codeErrors[wanted];
    setMessage(refused ? { ok: false, text: refused } : { ok: true, text: t("codeApplied", { code: wanted }) });
    if (!refused) setCode("");
  }

  async function remove(applied: string) {
    setBusy(true);
    await requote({ discountCodes: quote.codes.filter((c) => c !== applied) });
    setBusy(false);
    setMessage({ ok: true, text: t("codeRemoved", { code: applied }) });
  }

  const shown = error ? { ok: false, text: error } : message;
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <label htmlFor="discount-code" className="block text-sm font-medium">
        {t("discountCode")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="discount-code"
          value={code}
          autoComplete="off"
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault(); // Enter applies the code; it doesn't pay
            void apply();
          }}
          aria-describedby="discount-message"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 uppercase"
        />
        <button
          type="button"
          onClick={apply}
          disabled={busy || !hydrated}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-50"
        >
          {t("apply")}
        </button>
      </div>
      <p id="discount-message" role="status" className={`mt-1 min-h-5 text-sm ${shown?.ok ? "text-emerald-800" : "text-red-700"}`}>
        {shown?.text}
      </p>
      {quote.codes.length ? (
        <ul className="mt-2 flex flex-wrap gap-2">
          {quote.codes.map((applied) => (
            <li key={applied} className="flex items-center gap-2 rounded-full bg-white px-3 py-1 text-sm ring-1 ring-slate-300">
              <span className="font-medium">{applied}</span>
              <button type="button" onClick={() => remove(applied)} disabled={busy} className="underline underline-offset-2 disabled:opacity-50">
                {t("remove")}
                <span className="sr-only"> {applied}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
