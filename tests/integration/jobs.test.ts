// The job queue (pg-boss in this test file's schema): a job goes to one worker however many
// servers work the queue, a failing job is retried and then shows as failed, and only platform
// admins see the counts.
import { afterAll, describe, expect, it, vi } from "vitest";
import PgBoss from "pg-boss";
import { db, dbPool } from "@/lib/db/client";
import { AppError } from "@/lib/core/errors";
import { jobsSchema, startWorkers, stopJobs } from "@/lib/jobs/queue";
import { jobStatus } from "@/lib/jobs/status";

const admin = { id: "admin-1", name: "Ada", email: "ada@example.test", role: "admin" };
const merchant = { ...admin, id: "user-1", role: "user" };
const others: PgBoss[] = [];

afterAll(async () => {
  for (const boss of others) await boss.stop({ graceful: false, wait: true, close: false });
  await stopJobs();
});

/** Another app server's queue: its own pg-boss on the same tables. */
async function secondServer() {
  const pool = dbPool();
  const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schema: jobsSchema() });
  others.push(boss);
  return boss.start();
}

describe("the job queue", () => {
  it("gives each job to one worker when two servers work the queue", async () => {
    const handled: string[] = [];
    const work = async (data: Record<string, unknown>) => void handled.push(String(data.n));
    const boss = await startWorkers([{ name: "test-once", options: { retryLimit: 0 }, work }], { pollingIntervalSeconds: 0.5 });
    const other = await secondServer();
    await other.work<{ n: number }>("test-once", { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => work(job!.data));
    await boss.insert(Array.from({ length: 30 }, (_, n) => ({ name: "test-once", data: { n } })));
    await vi.waitFor(() => expect(handled).toHaveLength(30), { timeout: 20_000, interval: 200 });
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a second delivery would show by now
    expect(handled.sort()).toEqual(Array.from({ length: 30 }, (_, n) => String(n)).sort());
  });

  it("retries a failing job, then counts it failed with its error, for admins only", async () => {
    let attempts = 0;
    const boss = await startWorkers(
      [
        {
          name: "test-failing",
          options: { retryLimit: 1, retryDelay: 1 },
          work: async () => {
            attempts++;
            throw new Error("mail server down");
          },
        },
      ],
      { pollingIntervalSeconds: 0.5 },
    );
    const id = await boss.send("test-failing", {});
    await vi.waitFor(async () => expect((await boss.getJobById("test-failing", id!))?.state).toBe("failed"), { timeout: 20_000, interval: 200 });
    expect(attempts).toBe(2);

    const status = await jobStatus(db, admin);
    expect(status.queues).toContainEqual(expect.objectContaining({ queue: "test-failing", failed: 1, completed: 0 }));
    expect(status.failures[0]).toMatchObject({ queue: "test-failing", id, retries: 1, error: "mail server down" });
    await expect(jobStatus(db, merchant)).rejects.toBeInstanceOf(AppError);
  });
});
