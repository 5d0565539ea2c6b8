// POST a product CSV (raw body, or multipart field "file") into the shop. The answer:
//   - refused before reading the file (guest, another shop, cross-site) or no usable file
//     (empty, too large): the JSON error reply of every route, { error: { code, message } };
//   - not a product CSV at all (unreadable, no Handle column, too many rows): 422, the same
//     JSON error, like a file with problems;
//   - a file with problems: 422, NDJSON, one line {"type":"result","ok":false,"errors":[{row,column,message}],"warnings":[]};
//     nothing was written (the import checks every row first);
//   - a good file: 200, NDJSON, {"type":"progress","done":n,"total":m} lines while products are
//     written, then {"type":"result","ok":true,"created":x,"updated":y,"warnings":[]}, or a last
//     {"type":"error","message":"…"} line if writing failed (and changed nothing).
// Waiting to answer until writing starts is what lets a bad file get a 4xx status.
import { after } from "next/server";
import { merchantRoute } from "@/app/_entry/merchant";
import { storefrontChanged } from "@/lib/catalog/cache";
import type { CsvImportResult } from "@/lib/catalog/csv";
import { importCsvForShop, readCsvUpload } from "@/lib/catalog/csv-import";
import { AppError } from "@/lib/core/errors";
import { errorBody, reply as replyJson } from "@/lib/core/respond";
import { db } from "@/lib/db/client";

type Line = { type: "progress"; done: number; total: number } | ({ type: "result" } & CsvImportResult) | { type: "error"; message: string };
type Outcome = { result: CsvImportResult } | { error: unknown };

// no-transform: a compressing proxy (or Next's own gzip) must not hold the lines back.
const HEADERS = { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform" };
const encode = (line: Line) => new TextEncoder().encode(`${JSON.stringify(line)}\n`);
const reply = (status: number, line: Line) => new Response(encode(line), { status, headers: HEADERS });

export const POST = merchantRoute("catalog", async ({ request, actor, changed }) => {
  const file = await readCsvUpload(request);

  let send: ((line: Line) => void) | null = null;
  const early: Line[] = []; // progress reported before the stream is open
  let markStarted: () => void = () => {};
  const started = new Promise<"started">((resolve) => (markStarted = () => resolve("started")));
  const onProgress = (done: number, total: number) => {
    const line: Line = { type: "progress", done, total };
    if (send) send(line);
    else early.push(line);
    markStarted();
  };
  const work: Promise<Outcome> = importCsvForShop(db, actor, file, onProgress).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );

  const first = await Promise.race([started, work]);
  if (first !== "started") {
    if ("result" in first && first.result.ok) changed(); // nothing to write, in practice
    return finalReply(first);
  }

  // Writing has started: the file is valid. The storefront expires once the import committed,
  // long after the handler returned (so not through changed()); Next only applies a cache
  // expiry made after the handler returned from inside after(), which runs as the last line
  // goes out (the page is fresh on the shopper's next request).
  after(async () => {
    const outcome = await work;
    if ("result" in outcome && outcome.result.ok) storefrontChanged(actor.shopId);
  });
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      send = (line) => {
        if (open) controller.enqueue(encode(line));
      };
      early.forEach(send);
      void work.then((outcome) => {
        send?.(finalLine(outcome));
        if (open) controller.close();
        open = false;
      });
    },
    cancel() {
      // The merchant left the page: the import goes on (it's one transaction), nobody reads the lines.
      open = false;
    },
  });
  return new Response(stream, { status: 200, headers: HEADERS });
});

function finalLine(outcome: Outcome): Line {
  if ("result" in outcome) return { type: "result", ...outcome.result };
  if (outcome.error instanceof AppError) return { type: "error", message: outcome.error.message };
  console.error("CSV import failed", outcome.error);
  return { type: "error", message: "The import failed and nothing was imported. Try again in a moment." };
}

function finalReply(outcome: Outcome): Response {
  if ("result" in outcome) return reply(outcome.result.ok ? 200 : 422, finalLine(outcome));
  // Not a product CSV at all: 422 as for bad rows. Anything else goes to merchantRoute's reply.
  if (outcome.error instanceof AppError && outcome.error.code === "invalid") return replyJson(422, errorBody(outcome.error));
  throw outcome.error;
}
