"use client";
// Withdraws a request the shop hasn't answered yet (POST …/withdraw with the order link's token).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useHydrated } from "@/components/cart/use-hydrated";

export function WithdrawButton({ url, token, locale }: { url: string; token: string; locale: string }) {
  const t = useTranslations("afterSales");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function withdraw() {
    setPending(true);
    setError(null);
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": locale },
      body: JSON.stringify({ token }),
    }).catch(() => null);
    setPending(false);
    if (response?.ok) return router.refresh();
    const body = await response?.json().catch(() => null);
    setError(body?.error?.message ?? t("failed"));
  }

  return (
    <div className="mt-2">
      <button
        type="button"
        onClick={withdraw}
        disabled={!hydrated || pending}
        className="rounded-md border border-slate-400 px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:opacity-60"
      >
        {t("withdraw")}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
