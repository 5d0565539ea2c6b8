"use client";
// Everything the merchant is editing, held in the browser until Save: fields as typed,
// options, the variant table (rebuilt as the options change) and the pictures.
import { useMemo, useRef, useState } from "react";
import {
  type OptionDraft,
  type SavedProduct,
  type VariantRow,
  draftsFromSaved,
  rebuildRows,
  renameInRows,
  rowFromSaved,
  savedMatch,
  usableOptions,
  variantsForForm,
} from "@/lib/catalog/editor-variants";
import { slugify } from "@/lib/catalog/handles";
import type { EditorProduct, ProductForm } from "@/lib/catalog/product-form";

export type ImageDraft = { key: string; id: string | null; url: string; width: number; height: number; alt: string };
export type Fields = { title: string; handle: string; descriptionMd: string; status: string; tags: string; lowStockThreshold: string };
type Table = { optionKeys: string[]; rows: VariantRow[] };

function fromProduct(product: EditorProduct | null, currency: string) {
  const options: OptionDraft[] = draftsFromSaved(product?.options ?? []);
  const rows: VariantRow[] = product
    ? product.variants.map((v) => rowFromSaved(v, currency, v.id))
    : [{ key: "row-0", option1: null, option2: null, option3: null, title: "Default", sku: "", price: "", compareAt: "", stock: "0", trackStock: true }];
  return {
    fields: {
      title: product?.title ?? "",
      handle: product?.handle ?? "",
      descriptionMd: product?.descriptionMd ?? "",
      status: product?.status ?? "DRAFT",
      tags: product?.tags.join(", ") ?? "",
      lowStockThreshold: String(product?.lowStockThreshold ?? 5),
    },
    options,
    table: { optionKeys: usableOptions(options).map((o) => o.key), rows },
    images: (product?.images ?? []).map((i): ImageDraft => ({ key: i.id, id: i.id, url: i.url, width: i.width, height: i.height, alt: i.alt })),
  };
}

export function useProductDraft(product: EditorProduct | null, currency: string) {
  const [initial] = useState(() => fromProduct(product, currency));
  const [saved, setSaved] = useState(product);
  const [fields, setFields] = useState<Fields>(initial.fields);
  const [handleEdited, setHandleEdited] = useState(false);
  const [options, setOptions] = useState(initial.options);
  const [table, setTable] = useState<Table>(initial.table);
  const [images, setImages] = useState(initial.images);
  const counter = useRef(0);
  const nextKey = () => `new-${++counter.current}`;

  const savedProduct = useMemo((): SavedProduct | null => saved && { options: saved.options, variants: saved.variants }, [saved]);
  // What the server will match each row to, and the saved variants this save would delete.
  const match = useMemo(() => savedMatch(savedProduct, options), [savedProduct, options]);
  // A new product's handle follows the title until the merchant types one.
  const suggested = useMemo(() => (fields.title.trim() ? slugify(fields.title) : ""), [fields.title]);
  const handle = saved || handleEdited ? fields.handle : suggested;

  function setField(name: keyof Fields, value: string) {
    if (name === "handle") setHandleEdited(true);
    setFields((f) => ({ ...f, [name]: value }));
  }

  /**
   * New options: the table follows at once (null from rebuildRows: too many, keep the old one).
   * A renamed value renames its rows, which keep what the merchant typed.
   */
  function changeOptions(next: OptionDraft[], renamed?: { key: string; from: string; to: string }) {
    setOptions(next);
    const current = renamed ? renameInRows(table.rows, table.optionKeys, renamed) : table.rows;
    const rows = rebuildRows(current, table.optionKeys, next, savedProduct, currency, nextKey);
    if (rows) setTable({ optionKeys: usableOptions(next).map((o) => o.key), rows });
  }

  function changeRow(key: string, change: Partial<VariantRow>) {
    setTable((t) => ({ ...t, rows: t.rows.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  }

  /** After a save: start again from what the server stored. */
  function load(next: EditorProduct) {
    const fresh = fromProduct(next, currency);
    setSaved(next);
    setFields(fresh.fields);
    setOptions(fresh.options);
    setTable(fresh.table);
    setImages(fresh.images);
  }

  /** A quick stock edit stored `stock`: it is the new baseline, not a pending change. */
  function stockSaved(variantId: string, stock: number) {
    setSaved((s) => s && { ...s, variants: s.variants.map((v) => (v.id === variantId ? { ...v, stock } : v)) });
  }

  function form(): ProductForm {
    return {
      ...fields,
      // Empty on a new product whose handle the merchant left alone: the server picks a free one.
      handle: saved || handleEdited ? fields.handle : "",
      options: options.map((o) => ({ name: o.name, values: o.values, from: o.from ?? null })),
      variants: variantsForForm(table.rows, match.variants),
      images: images.map(({ id, url, width, height, alt }) => ({ id, url, width, height, alt })),
    };
  }

  return { saved, fields, handle, setField, options, changeOptions, rows: table.rows, changeRow, match, images, setImages, load, stockSaved, form, nextKey };
}
