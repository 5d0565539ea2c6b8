"use client";
// The variant matrix: one row per combination, with SKU, prices, stock and stock tracking.
// Scrolls sideways on small screens (relative: its sr-only labels must not widen the page). A saved variant's stock can be set on its own ("Save
// stock"), which refuses to go below what open checkouts hold.
import { useState } from "react";
import type { SavedVariant, VariantRow } from "@/lib/catalog/editor-variants";
import type { StockResult } from "@/lib/catalog/product-form";
import { MAX_SKU_LENGTH } from "@/lib/catalog/schemas";

type Props = {
  rows: VariantRow[];
  saved: (SavedVariant | null)[];
  currency: string;
  errors: Record<string, string>;
  onChange: (key: string, change: Partial<VariantRow>) => void;
  setStock?: (variantId: string, stock: string) => Promise<StockResult>;
  onStockSaved: (variantId: string, stock: number) => void;
  /** Mark rows the save will add (pointless on a product that doesn't exist yet). */
  markNew: boolean;
};

type Quick = { pending?: boolean; ok?: boolean; message?: string };

const cellInput = "block w-full rounded-md border border-slate-400 px-2 py-1.5 text-sm text-slate-900 focus:border-teal-700 aria-[invalid=true]:border-red-700";

function CellError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-xs font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

export function VariantTable({ rows, saved, currency, errors, onChange, setStock, onStockSaved, markNew }: Props) {
  const [quick, setQuick] = useState<Record<string, Quick>>({});

  async function saveStock(variantId: string, value: string, inputId: string) {
    if (!setStock) return;
    setQuick((q) => ({ ...q, [variantId]: { pending: true } }));
    let result: StockResult;
    try {
      result = await setStock(variantId, value);
    } catch {
      result = { ok: false, message: "The stock couldn't be saved: check your connection and try again." };
    }
    setQuick((q) => ({ ...q, [variantId]: { ok: result.ok, message: result.message } }));
    if (!result.ok) return;
    onStockSaved(variantId, result.stock);
    document.getElementById(inputId)?.focus(); // the button goes away once the stock is saved
  }

  return (
    <div
      role="region"
      aria-label="Variants table"
      tabIndex={0}
      className="relative overflow-x-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-teal-700"
    >
      <table className="w-full min-w-[52rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Variant
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              SKU
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Price ({currency})
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Compare-at price ({currency})
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Stock
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Track stock
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row, i) => {
            const old = saved[i];
            const err = (field: string) => errors[`variants.${i}.${field}`];
            const id = (field: string) => `variant-${row.key}-${field}`;
            const q = old ? quick[old.id] : undefined;
            const stockChanged = !!old && row.stock.trim() !== String(old.stock);
            return (
              <tr key={row.key} className="align-top">
                <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap text-slate-900">
                  {row.title}
                  {markNew && !old && <span className="ml-2 rounded bg-sky-50 px-1.5 py-0.5 text-xs font-normal text-sky-900">new</span>}
                  {errors[`variants.${i}`] && (
                    <p tabIndex={-1} data-error-focus className="mt-1 max-w-48 text-xs font-medium whitespace-normal text-red-700">
                      {errors[`variants.${i}`]}
                    </p>
                  )}
                </th>
                <td className="px-3 py-2">
                  <label htmlFor={id("sku")} className="sr-only">{`SKU for ${row.title}`}</label>
                  <input
                    id={id("sku")}
                    value={row.sku}
                    maxLength={MAX_SKU_LENGTH}
                    onChange={(e) => onChange(row.key, { sku: e.target.value })}
                    aria-invalid={err("sku") ? true : undefined}
                    aria-describedby={err("sku") ? id("sku-error") : undefined}
                    className={cellInput}
                  />
                  <CellError id={id("sku-error")} message={err("sku")} />
                </td>
                <td className="px-3 py-2">
                  <label htmlFor={id("price")} className="sr-only">{`Price for ${row.title}`}</label>
                  <input
                    id={id("price")}
                    value={row.price}
                    inputMode="decimal"
                    placeholder="0.00"
                    onChange={(e) => onChange(row.key, { price: e.target.value })}
                    aria-invalid={err("priceAmount") ? true : undefined}
                    aria-describedby={err("priceAmount") ? id("price-error") : undefined}
                    className={cellInput}
                  />
                  <CellError id={id("price-error")} message={err("priceAmount")} />
                </td>
                <td className="px-3 py-2">
                  <label htmlFor={id("compare")} className="sr-only">{`Compare-at price for ${row.title}`}</label>
                  <input
                    id={id("compare")}
                    value={row.compareAt}
                    inputMode="decimal"
                    onChange={(e) => onChange(row.key, { compareAt: e.target.value })}
                    aria-invalid={err("compareAtAmount") ? true : undefined}
                    aria-describedby={err("compareAtAmount") ? id("compare-error") : undefined}
                    className={cellInput}
                  />
                  <CellError id={id("compare-error")} message={err("compareAtAmount")} />
                </td>
                <td className="px-3 py-2">
                  <label htmlFor={id("stock")} className="sr-only">{`Stock for ${row.title}`}</label>
                  <div className="flex gap-2">
                    <input
                      id={id("stock")}
                      value={row.stock}
                      inputMode="numeric"
                      onChange={(e) => {
                        onChange(row.key, { stock: e.target.value });
                        if (old && quick[old.id]) setQuick((q) => ({ ...q, [old.id]: {} })); // an old answer no longer fits
                      }}
                      aria-invalid={err("stock") || (q && !q.ok && q.message) ? true : undefined}
                      aria-describedby={[err("stock") && id("stock-error"), q?.message && id("stock-note")].filter(Boolean).join(" ") || undefined}
                      className={`${cellInput} w-24`}
                    />
                    {old && setStock && stockChanged && (
                      <button
                        type="button"
                        disabled={q?.pending}
                        onClick={() => saveStock(old.id, row.stock, id("stock"))}
                        className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium whitespace-nowrap text-slate-900 hover:bg-slate-100 disabled:opacity-60"
                      >
                        {q?.pending ? "Saving…" : "Save stock"}
                        <span className="sr-only">{` for ${row.title}`}</span>
                      </button>
                    )}
                  </div>
                  {old && old.reserved > 0 && <p className="mt-1 text-xs text-slate-600">{old.reserved} held by open checkouts</p>}
                  <CellError id={id("stock-error")} message={err("stock")} />
                  <p id={id("stock-note")} role="status" className={`mt-1 text-xs font-medium ${q?.ok ? "text-teal-800" : "text-red-700"}`}>
                    {q?.message}
                  </p>
                </td>
                <td className="px-3 py-2">
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={row.trackStock}
                      onChange={(e) => onChange(row.key, { trackStock: e.target.checked })}
                      className="size-4 accent-teal-700"
                    />
                    <span className="sr-only">{`Track stock for ${row.title}`}</span>
                    <span aria-hidden className="text-slate-700">
                      {row.trackStock ? "Tracked" : "Not tracked"}
                    </span>
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
