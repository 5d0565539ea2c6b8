// Machine facts and BENCHMARKS.md: each benchmark owns one marked section of the file
// (<!-- name:start --> … <!-- name:end -->) and rewrites only that.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

export async function machine(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let postgres = "unknown";
  try {
    postgres = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version.split(" ")[0]!;
  } finally {
    await client.end();
  }
  const next = JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string;
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    next,
    os: `${os.type()} ${os.release()}`,
    load: os.loadavg()[0]!.toFixed(2),
  };
}

export type Machine = Awaited<ReturnType<typeof machine>>;

export function describeMachine(m: Machine) {
  return `${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os}; Node.js ${m.node}, PostgreSQL ${m.postgres}, Next.js ${m.next}; load average ${m.load} at the start`;
}

/** A GitHub-flavoured Markdown table; also readable as plain text. */
export function markdownTable(header: string[], rows: string[][], align: ("l" | "r")[]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (align[i] === "r" ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === "r" ? "-".repeat(w - 1) + ":" : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

const FILE = "BENCHMARKS.md";
const INTRO = `# Benchmarks

Figures measured on a named machine with a command anyone can rerun. Each section is
rewritten by its own script; numbers from different machines are not comparable.
`;

export function writeSection(name: string, body: string) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, "utf8") : INTRO;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + section + current.slice(to + end.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}
