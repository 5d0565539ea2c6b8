// Preloaded into the benchmark's server (NODE_OPTIONS=--import): counts the SQL statements the
// app sends through `pg` and tells the benchmark on request over the IPC channel, so it can
// say how many statements one page costs. One increment per statement: no measurable cost.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "package.json"));
const { Client } = require("pg");
const query = Client.prototype.query;
let statements = 0;
Client.prototype.query = function (...args) {
  statements++;
  return query.apply(this, args);
};

process.on("message", (message) => {
  if (message?.type === "bench:statements") process.send?.({ type: "bench:statements", statements });
});
