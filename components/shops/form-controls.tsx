// Select, text area and checkbox in the look of components/auth/form-parts' Field, with the
// same wiring: a label, a hint and an error the control is described by.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-700 focus:border-teal-700";

type Described = { name: string; label: string; error?: string; hint?: ReactNode; className?: string };

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Notes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
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

export function SelectField({ name, label, error, hint, className, children, ...select }: Described & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...select}>
        {children}
      </select>
      <Notes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({ name, label, error, hint, className, ...textarea }: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <textarea id={id} name={name} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...textarea} />
      <Notes id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({ name, label, error, hint, className, ...input }: Described & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input id={id} name={name} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="size-4 accent-teal-700" {...input} />
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
      </div>
      <Notes id={id} hint={hint} error={error} />
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
