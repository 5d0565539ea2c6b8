"use client";
// Asked before a save that deletes variants (a removed option value or option; renames keep
// them): their stock, SKUs and prices go with them, so the merchant confirms first.
import { useEffect, useRef } from "react";
import type { SavedVariant } from "@/lib/catalog/editor-variants";

type Props = { removed: SavedVariant[]; onConfirm: () => void; onCancel: () => void };

export function RemovalWarning({ removed, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []); // the question is where the merchant looks next
  const count = removed.length === 1 ? "1 variant" : `${removed.length} variants`;
  return (
    <div role="group" aria-labelledby="removal-title" className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-5 text-amber-950">
      <h2 id="removal-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        Delete {count}?
      </h2>
      <p>These variants are no longer among the options&apos; combinations. Saving deletes them with their stock and SKUs:</p>
      <ul className="list-disc pl-6">
        {removed.map((v) => (
          <li key={v.id}>
            {v.title}
            {v.trackStock ? ` (${v.stock} in stock)` : ""}
            {v.sku ? `, SKU ${v.sku}` : ""}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onConfirm} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          Delete {count} and save
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
        >
          Keep editing
        </button>
      </div>
    </div>
  );
}
