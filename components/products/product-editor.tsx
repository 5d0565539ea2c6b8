"use client";
// The merchant's product editor (new and edit pages). Checks with the same rules as the
// server first (instant messages, no round trip), warns before a save deletes variants,
// then calls one server action that saves everything or nothing.
import { Field, FormAlert, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/form";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { errorsBySlot, readProductForm, type EditorProduct, type ProductForm, type SaveResult, type StockResult } from "@/lib/catalog/product-form";
import { DescriptionField } from "./description-field";
import { ImageList } from "./image-list";
import { OptionsFieldset } from "./options-fieldset";
import { RemovalWarning } from "./removal-warning";
import { useFocusAfterRender } from "./use-focus-after-render";
import { useProductDraft } from "./use-product-draft";
import { VariantTable } from "./variant-table";

type Props = {
  shop: { id: string; slug: string; currency: string; status: string };
  product: EditorProduct | null;
  /** The saved description rendered on the server, so the preview doesn't start empty. */
  descriptionHtml?: string;
  notice?: string;
  actions: {
    create?: (form: ProductForm) => Promise<SaveResult>;
    update?: (form: ProductForm) => Promise<SaveResult>;
    setStock?: (variantId: string, stock: string) => Promise<StockResult>;
    preview: (markdown: string) => Promise<{ html: string } | { error: string }>;
  };
};

const section = "space-y-5 rounded-lg border border-slate-200 p-5";

export function ProductEditor({ shop, product, descriptionHtml, notice, actions }: Props) {
  const draft = useProductDraft(product, shop.currency);
  const { saved, fields, setField, match } = draft;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState(notice ?? "");
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (notice) statusRef.current?.focus(); // just created: say so where focus lands
  }, [notice]);

  function show(fields: Record<string, string>) {
    setErrors(errorsBySlot(fields));
    setMessage("");
    // The first field with a message, in page order: keyboard and screen-reader users land on it.
    focusAfterRender(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-focus]'));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = draft.form();
    const { errors: found } = readProductForm(form, shop.currency, saved ? "update" : "create");
    if (Object.keys(found).length) return show(found);
    setErrors({});
    if (match.removed.length && !confirming) return setConfirming(true);
    send(form);
  }

  function send(form: ProductForm) {
    setConfirming(false);
    startTransition(async () => {
      let result: SaveResult;
      try {
        result = saved && actions.update ? await actions.update(form) : await actions.create!(form);
      } catch (error) {
        unstable_rethrow(error); // a new product's save ends by opening its edit page
        result = { ok: false, fields: { form: "Saving failed: check your connection and try again." } };
      }
      if (!result.ok) return show(result.fields);
      draft.load(result.product);
      setMessage(result.message);
      focusAfterRender(() => statusRef.current);
    });
  }

  const live = saved?.status === "ACTIVE" && shop.status === "ACTIVE";
  const problemCount = Object.keys(errors).filter((k) => k !== "form").length;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-6" aria-labelledby="editor-title">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <Link href={`/dashboard/${shop.slug}/products`} className="text-sm text-teal-800 underline underline-offset-2">
            <span aria-hidden>← </span>Products
          </Link>
          <h1 id="editor-title" className="mt-1 text-2xl font-bold tracking-tight">
            {saved ? saved.title : "Add product"}
          </h1>
        </div>
        {saved && (
          <Link
            href={live ? `/s/${shop.slug}/p/${saved.handle}` : `/s/${shop.slug}/preview/p/${saved.handle}`}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
          >
            {live ? "View in shop" : "Preview"}
            <span aria-hidden> ↗</span>
          </Link>
        )}
      </div>
      <p ref={statusRef} tabIndex={-1} role="status" className="text-sm font-medium text-teal-800 empty:hidden">
        {message}
      </p>
      <FormAlert
        message={
          errors.form ?? (problemCount ? `Fix the ${problemCount === 1 ? "problem" : `${problemCount} problems`} marked below, then save again.` : undefined)
        }
      />

      <section aria-labelledby="details-title" className={section}>
        <h2 id="details-title" className="text-lg font-semibold">
          Details
        </h2>
        <Field
          name="title"
          label="Title"
          value={fields.title}
          onChange={(e) => setField("title", e.target.value)}
          maxLength={200}
          required
          error={errors.title}
        />
        <Field
          name="handle"
          label="Handle"
          value={draft.handle}
          onChange={(e) => setField("handle", e.target.value)}
          maxLength={80}
          autoCapitalize="none"
          spellCheck={false}
          hint={`The product's address: /s/${shop.slug}/p/${draft.handle || "…"}${saved ? ". Changing it breaks links shoppers saved." : ""}`}
          error={errors.handle}
        />
        <DescriptionField
          value={fields.descriptionMd}
          onChange={(v) => setField("descriptionMd", v)}
          preview={actions.preview}
          initialHtml={descriptionHtml}
          error={errors.descriptionMd}
        />
      </section>

      <section aria-labelledby="publishing-title" className={section}>
        <h2 id="publishing-title" className="text-lg font-semibold">
          Publishing
        </h2>
        <div className="grid gap-5 sm:grid-cols-3">
          <SelectField
            name="status"
            label="Status"
            value={fields.status}
            onChange={(e) => setField("status", e.target.value)}
            hint="Only active products are shown to shoppers."
            error={errors.status}
          >
            <option value="DRAFT">Draft</option>
            <option value="ACTIVE">Active</option>
            <option value="ARCHIVED">Archived</option>
          </SelectField>
          <Field
            name="tags"
            label="Tags"
            value={fields.tags}
            onChange={(e) => setField("tags", e.target.value)}
            hint="Separate with commas. Shoppers' searches find them."
            error={errors.tags}
          />
          <Field
            name="lowStockThreshold"
            label="Low-stock threshold"
            inputMode="numeric"
            value={fields.lowStockThreshold}
            onChange={(e) => setField("lowStockThreshold", e.target.value)}
            hint="Shoppers see “only a few left” at or below this."
            error={errors.lowStockThreshold}
          />
        </div>
      </section>

      <ImageList shopId={shop.id} images={draft.images} onChange={draft.setImages} newKey={draft.nextKey} errors={errors} />

      <OptionsFieldset options={draft.options} onChange={draft.changeOptions} newKey={draft.nextKey} errors={errors} />

      {/* min-w-0: a fieldset is at least as wide as its content by default; the table scrolls instead. */}
      <fieldset className={`${section} min-w-0`}>
        <legend className="px-1 text-lg font-semibold">Variants</legend>
        <p className="text-sm text-slate-600">
          {draft.rows.length === 1 ? "One variant." : `${draft.rows.length} variants.`} Prices in {shop.currency}, like 12.50.
        </p>
        {errors.variants && (
          <p tabIndex={-1} data-error-focus className="text-sm font-medium text-red-700">
            {errors.variants}
          </p>
        )}
        <VariantTable
          rows={draft.rows}
          saved={match.variants}
          currency={shop.currency}
          errors={errors}
          onChange={draft.changeRow}
          setStock={saved ? actions.setStock : undefined}
          onStockSaved={draft.stockSaved}
          markNew={!!saved}
        />
        {match.removed.length > 0 && !confirming && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            Saving will delete {match.removed.length === 1 ? "1 variant" : `${match.removed.length} variants`}: {match.removed.map((v) => v.title).join(", ")}.
          </p>
        )}
      </fieldset>

      {confirming && match.removed.length > 0 ? (
        <RemovalWarning
          removed={match.removed}
          onConfirm={() => send(draft.form())}
          onCancel={() => {
            setConfirming(false);
            focusAfterRender(() => formRef.current?.querySelector<HTMLElement>('button[type="submit"]'));
          }}
        />
      ) : (
        <div className="sm:max-w-xs">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save product
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
