"use client";
// The shopper's "Request a refund / return / exchange" form on the order page. Sent with
// XMLHttpRequest (multipart, photos included) because fetch can't report upload progress; the
// server checks everything again and answers field messages in the page's language.
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl/react";
import { useHydrated } from "@/components/cart/use-hydrated";
import { FormAlert } from "@/components/forms/fields";
import { AFTER_SALES_KINDS, AFTER_SALES_REASONS } from "@/lib/orders/after-sales-options";

type Line = { id: string; title: string; requestable: number };
type Props = { shopId: string; orderId: string; token: string; locale: string; lines: Line[]; maxPhotos: number; maxMb: number };
type Problems = { form?: string; fields: Record<string, string> };

const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

export function AfterSalesRequestForm({ shopId, orderId, token, locale, lines, maxPhotos, maxMb }: Props) {
  const t = useTranslations("afterSales");
  const router = useRouter();
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const [sent, setSent] = useState(false);
  const available = lines.filter((l) => l.requestable > 0);
  // The server names lines by their place among those sent: map "lines.<i>" back to the line's input.
  const sentLines = useRef<string[]>([]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("token", token);
    sentLines.current = available.filter((l) => Number(data.get(`qty.${l.id}`)) > 0).map((l) => l.id);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/shops/${encodeURIComponent(shopId)}/orders/${encodeURIComponent(orderId)}/after-sales`);
    xhr.setRequestHeader("Accept-Language", locale);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status === 201) {
        setSent(true);
        setProblems({ fields: {} });
        formRef.current?.reset();
        router.refresh();
        return;
      }
      const error = (() => {
        try {
          return JSON.parse(xhr.responseText).error as { message: string; fields?: Record<string, string> };
        } catch {
          return null;
        }
      })();
      const fields: Record<string, string> = {};
      for (const [key, message] of Object.entries(error?.fields ?? {})) {
        const line = /^lines\.(\d+)$/.exec(key);
        fields[line ? `qty.${sentLines.current[Number(line[1])] ?? ""}` : key] = message;
      }
      setProblems({ form: error?.message ?? t("failed"), fields });
      const first = Object.keys(fields)[0];
      const element = first ? formRef.current?.elements.namedItem(first) : null;
      if (element instanceof HTMLElement) element.focus();
    };
    xhr.onerror = () => {
      setProgress(null);
      setProblems({ form: t("failed"), fields: {} });
    };
    setSent(false);
    setProgress(0);
    xhr.send(data);
  }

  const err = (name: string) => problems.fields[name];
  const described = (name: string) => (err(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  const errorNote = (name: string) =>
    err(name) ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
        {err(name)}
      </p>
    ) : null;
  const pending = progress !== null;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="after-sales-ask" className="mt-4 space-y-5 rounded-lg border border-slate-200 p-4">
      <h3 id="after-sales-ask" className="text-base font-semibold">
        {t("ask")}
      </h3>
      <FormAlert message={problems.form} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">{t("kindLegend")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {AFTER_SALES_KINDS.map((kind, i) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={kind} defaultChecked={i === 0} className="size-4 accent-teal-700" />
              {t("kind", { kind })}
            </label>
          ))}
        </div>
        {errorNote("kind")}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">{t("linesLegend")}</legend>
        <ul className="mt-2 space-y-2">
          {lines.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center gap-3">
              <label htmlFor={`qty-${l.id}`} className="min-w-0 flex-1 text-sm">
                <span className="sr-only">{t("quantityOf", { item: l.title })}</span>
                <span aria-hidden>{l.title}</span>{" "}
                <span className="text-slate-600">({l.requestable > 0 ? t("upTo", { count: l.requestable }) : t("unavailable")})</span>
              </label>
              <input
                id={`qty-${l.id}`}
                name={`qty.${l.id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={l.requestable}
                defaultValue={0}
                disabled={l.requestable === 0}
                className="w-20 rounded-md border border-slate-400 px-2 py-1 text-base aria-[invalid=true]:border-red-700"
                {...described(`qty.${l.id}`)}
              />
              {errorNote(`qty.${l.id}`)}
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <label htmlFor="after-sales-reason" className="block text-sm font-medium text-slate-900">
          {t("reasonLabel")}
        </label>
        <select id="after-sales-reason" name="reason" defaultValue="" className={control} {...described("reason")}>
          <option value="" disabled>
            {t("chooseReason")}
          </option>
          {AFTER_SALES_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t("reason", { reason })}
            </option>
          ))}
        </select>
        {errorNote("reason")}
      </div>
      <div>
        <label htmlFor="after-sales-details" className="block text-sm font-medium text-slate-900">
          {t("detailsLabel")}
        </label>
        <textarea id="after-sales-details" name="details" rows={3} maxLength={2000} className={control} {...described("details")} />
        {errorNote("details")}
      </div>
      <div>
        <label htmlFor="after-sales-photos" className="block text-sm font-medium text-slate-900">
          {t("photosLabel")}
        </label>
        <input
          id="after-sales-photos"
          name="photos"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif"
          multiple
          aria-describedby={`photos-hint${err("photos") ? " photos-error" : ""}`}
          aria-invalid={err("photos") ? true : undefined}
          className="mt-1 block text-sm"
        />
        <p id="photos-hint" className="mt-1 text-sm text-slate-600">
          {t("photosHint", { max: maxPhotos, mb: maxMb })}
        </p>
        {errorNote("photos")}
      </div>
      {pending && (
        <div>
          <label htmlFor="after-sales-progress" className="block text-sm text-slate-700">
            {t("progress")}
          </label>
          <progress id="after-sales-progress" max={100} value={progress} className="mt-1 w-full">
            {progress} %
          </progress>
        </div>
      )}
      <button
        type="submit"
        disabled={!hydrated || pending}
        className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? t("sending") : t("submit")}
      </button>
      <p role="status" className="text-sm font-medium text-teal-800">
        {sent ? t("sent") : ""}
      </p>
    </form>
  );
}
