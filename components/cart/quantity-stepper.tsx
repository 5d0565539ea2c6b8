"use client";
// − [ n ] + for one cart line. The field takes a typed number too, sent when it loses focus or on Enter.
import { useState } from "react";
import { useTranslations } from "use-intl/react";

const MAX = 99; // MAX_LINE_QUANTITY in lib/cart/cart.ts; the API checks it again

type Props = { label: string; quantity: number; disabled?: boolean; onChange: (quantity: number) => void };

export function QuantityStepper({ label, quantity, disabled, onChange }: Props) {
  const t = useTranslations("cart");
  const [draft, setDraft] = useState<string | null>(null);
  const button = "flex size-10 items-center justify-center text-lg hover:bg-slate-100 disabled:opacity-40";

  function commit() {
    if (draft === null) return;
    setDraft(null);
    const next = Number(draft);
    if (Number.isInteger(next) && next >= 0 && next <= MAX && next !== quantity) onChange(next);
  }

  return (
    <div className="flex items-center rounded-md border border-slate-300">
      <button
        type="button"
        className={button}
        disabled={disabled || quantity <= 1}
        onClick={() => onChange(quantity - 1)}
        aria-label={t("decrease", { item: label })}
      >
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX}
        value={draft ?? String(quantity)}
        disabled={disabled}
        aria-label={t("quantityOf", { item: label })}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
        className="h-10 w-12 [appearance:textfield] border-x border-slate-300 text-center [&::-webkit-inner-spin-button]:appearance-none"
      />
      <button
        type="button"
        className={button}
        disabled={disabled || quantity >= MAX}
        onClick={() => onChange(quantity + 1)}
        aria-label={t("increase", { item: label })}
      >
        +
      </button>
    </div>
  );
}
