// How much of the machine's CPU went to processes other than the benchmark's own (this process
// with autocannon, the server and its children, the PostgreSQL backends serving it), from
// /proc on Linux. A benchmark on a shared machine is only as good as this number is low.
import { readdirSync, readFileSync } from "node:fs";

type Totals = { busy: number; total: number };

function machineTotals(): Totals | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3]! - (fields[4] ?? 0), total }; // idle + iowait
  } catch {
    return null;
  }
}

/** utime + stime of a process, in clock ticks (the unit of /proc/stat); 0 when it is gone. */
export function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "pid (comm) "
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** `root` and every process below it. */
export function withDescendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]!) ?? []));
  return all;
}

/** Share of the CPU busy over `ms`, whoever used it; null off Linux. */
export async function cpuBusy(ms = 3000): Promise<number | null> {
  const a = machineTotals();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineTotals();
  if (!a || !b || b.total === a.total) return null;
  return (b.busy - a.busy) / (b.total - a.total);
}

/**
 * Starts watching; `end(ours)` returns the share of the CPU that processes not in `ours` used
 * meanwhile (null off Linux). Processes of ours that started meanwhile count from zero.
 */
export function othersCpu(ours: () => Promise<number[]>) {
  const start = machineTotals();
  const startTicks = new Map<number, number>();
  const ready = ours().then((pids) => pids.forEach((pid) => startTicks.set(pid, processTicks(pid))));
  return {
    async end(): Promise<number | null> {
      await ready;
      const end = machineTotals();
      if (!start || !end || end.total === start.total) return null;
      let mine = 0;
      for (const pid of new Set(await ours())) mine += Math.max(0, processTicks(pid) - (startTicks.get(pid) ?? 0));
      return Math.max(0, (end.busy - start.busy - mine) / (end.total - start.total));
    },
  };
}

/** CPU time the processes `pids` lists (read at the start and at the end) use until `end()`, in ms. */
export function cpuTime(pids: () => Promise<number[]>) {
  const startTicks = new Map<number, number>();
  const ready = pids().then((list) => list.forEach((pid) => startTicks.set(pid, processTicks(pid))));
  return {
    async end(): Promise<number> {
      await ready;
      let ticks = 0;
      for (const pid of new Set(await pids())) ticks += Math.max(0, processTicks(pid) - (startTicks.get(pid) ?? 0));
      return (ticks * 1000) / TICKS_PER_SECOND;
    },
  };
}

// USER_HZ: 100 on every Linux architecture Node runs on.
const TICKS_PER_SECOND = 100;
