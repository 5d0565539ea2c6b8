"use client";
// "Delete…" for one record, with a confirm step and the server's refusal shown beside it.
import { useState, useTransition, type ReactNode } from "react";
import type { FormState } from "@/lib/core/form-state";
import { ConfirmDialog } from "./confirm-dialog";

type Props = { action: () => Promise<FormState>; label: string; title: string; confirmLabel: string; children: ReactNode };

export function DeleteButton({ action, label, title, confirmLabel, children }: Props) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={label}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
      >
        Delete…
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        pending={pending}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const reply = await action(); // redirects away when it deleted the page's own record
            setError(reply?.form ?? null);
            setOpen(false);
          })
        }
      >
        {children}
      </ConfirmDialog>
    </div>
  );
}
