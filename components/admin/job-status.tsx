import type { JobStatus } from "@/lib/jobs/status";

const columns = [
  ["created", "Waiting"],
  ["active", "Running"],
  ["retry", "Retrying"],
  ["completed", "Done"],
  ["failed", "Failed"],
] as const;

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** The job queue on /admin: counts per queue over the last day, and the latest failures. */
export function JobStatusSection({ status }: { status: JobStatus }) {
  return (
    <section aria-labelledby="jobs-title" className="mt-10">
      <h2 id="jobs-title" className="text-xl font-semibold">
        Background jobs
      </h2>
      <p className="mt-1 text-sm text-slate-600">Jobs created in the last 24 hours, across every app server.</p>
      {status.queues.length ? (
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Queue
                </th>
                {columns.map(([, label]) => (
                  <th key={label} scope="col" className="px-4 py-2 text-right font-medium">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {status.queues.map((queue) => (
                <tr key={queue.queue}>
                  <th scope="row" className="px-4 py-2 font-mono font-normal">
                    {queue.queue}
                  </th>
                  {columns.map(([state, label]) => (
                    <td key={label} className={`px-4 py-2 text-right tabular-nums ${state === "failed" && queue.failed ? "font-semibold text-red-800" : ""}`}>
                      {queue[state].toLocaleString("en")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2 text-slate-700">No queue yet: the servers create them when they start.</p>
      )}
      <h3 className="mt-6 font-semibold">Latest failures</h3>
      {status.failures.length ? (
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {status.failures.map((failure) => (
            <li key={failure.id} className="px-4 py-3 text-sm">
              <p>
                <span className="font-mono">{failure.queue}</span> · <time dateTime={failure.failedAt.toISOString()}>{when.format(failure.failedAt)} UTC</time>{" "}
                · {failure.retries} {failure.retries === 1 ? "retry" : "retries"}
              </p>
              <p className="mt-1 break-words text-red-800">{failure.error || "No error message"}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">No job failed in the last 24 hours.</p>
      )}
    </section>
  );
}
