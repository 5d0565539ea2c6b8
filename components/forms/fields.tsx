// The app's one set of labelled form controls. Each carries a hint and an error and is described
// by them (aria-describedby), so screen readers read both. No hooks: server and client
// components use them alike; how a form checks and sends itself is in ./form.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-700 focus:border-teal-700";

type Described = { name: string; label: string; error?: string; hint?: ReactNode; className?: string };

/** The id and ARIA attributes a control with this name, hint and error carries. */
function wiring(name: string, hint?: ReactNode, error?: string) {
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;
}

/** The hint and error below a control whose id is `id` (what its aria-describedby names). */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

/** A label above the control, the hint and error below. */
function Stacked({ id, label, hint, error, className, children }: Omit<Described, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function Field({ name, label, error, hint, className, ...input }: Described & InputHTMLAttributes<HTMLInputElement>) {
  const attributes = wiring(name, hint, error);
  return (
    <Stacked id={attributes.id} label={label} hint={hint} error={error} className={className}>
      <input {...attributes} className={control} {...input} />
    </Stacked>
  );
}

export function SelectField({ name, label, error, hint, className, children, ...select }: Described & SelectHTMLAttributes<HTMLSelectElement>) {
  const attributes = wiring(name, hint, error);
  return (
    <Stacked id={attributes.id} label={label} hint={hint} error={error} className={className}>
      <select {...attributes} className={`${control} bg-white`} {...select}>
        {children}
      </select>
    </Stacked>
  );
}

export function TextAreaField({ name, label, error, hint, className, ...textarea }: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const attributes = wiring(name, hint, error);
  return (
    <Stacked id={attributes.id} label={label} hint={hint} error={error} className={className}>
      <textarea {...attributes} rows={4} className={`${control} bg-white`} {...textarea} />
    </Stacked>
  );
}

export function CheckboxField({ name, label, error, hint, className, ...input }: Described & InputHTMLAttributes<HTMLInputElement>) {
  const attributes = wiring(name, hint, error);
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input {...attributes} type="checkbox" className="size-4 accent-teal-700" {...input} />
        <label htmlFor={attributes.id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
      </div>
      <FieldNotes id={attributes.id} hint={hint} error={error} />
    </div>
  );
}

/** What went wrong with the whole form, announced at once. */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
      {message}
    </div>
  );
}

/** A confirmation after a save, announced to screen readers. */
export function SavedNote({ message }: { message?: string }) {
  return (
    <p role="status" className="text-sm font-medium text-teal-800">
      {message}
    </p>
  );
}
