import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/app/_entry/session";
import { listOutbox, outboxEnabled } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Dev outbox" };

export default async function OutboxPage() {
  await requireAdmin("/admin/outbox");
  if (!outboxEnabled()) notFound();
  const mails = await listOutbox();

  return (
    <>
      <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Dev outbox</h1>
        <p className="mt-2 text-slate-700">Mail the app sent while no SMTP server is set up (SMTP_URL), newest first.</p>
        {mails.length === 0 ? (
          <p className="mt-8 text-slate-700">No mail yet.</p>
        ) : (
          <ol className="mt-8 space-y-6">
            {mails.map((mail) => (
              <li key={mail.id} className="rounded-lg border border-slate-200 p-5">
                <h2 className="text-lg font-semibold">{mail.subject}</h2>
                <p className="mt-1 text-sm text-slate-600">
                  To {mail.to} · <time dateTime={mail.createdAt}>{new Date(mail.createdAt).toLocaleString("en", { timeZone: "UTC" })} UTC</time>
                </p>
                {/* Text only: the HTML part is never rendered here, so a mail can't inject markup into the admin. */}
                <pre className="mt-4 font-sans text-sm break-words whitespace-pre-wrap text-slate-900">{mail.text}</pre>
              </li>
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
