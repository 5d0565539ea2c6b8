// Distributing the data by shop (Citus, docs/deploy.md) needs every tenant table to carry shopId
// and every primary key and unique key of it to include shopId. This test reads
// prisma/schema.prisma, lists every table and key that doesn't, and asserts that the list is
// exactly the one docs/deploy.md documents (with the reason each one stays): a new table or key
// without shopId fails here until it is fixed or documented there.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Model = { name: string; fields: Map<string, { optional: boolean }>; keys: { kind: "pk" | "unique"; columns: string[] }[] };

/** The models of a Prisma schema: columns (optional or not), primary key and unique keys. */
function parseModels(schema: string): Model[] {
  const blocks = [...schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)];
  const modelNames = new Set(blocks.map((b) => b[1]!));
  return blocks.map(([, name, body]) => {
    const model: Model = { name: name!, fields: new Map(), keys: [] };
    for (const raw of body!.split("\n")) {
      const line = raw.replace(/\/\/.*$/, "").trim();
      const block = /^@@(id|unique)\(\[([^\]]+)\]/.exec(line);
      if (block) model.keys.push({ kind: block[1] === "id" ? "pk" : "unique", columns: block[2]!.split(",").map((c) => c.trim()) });
      const field = /^(\w+)\s+(\w+)(?:\[\])?(\?)?(.*)$/.exec(line);
      if (!field || modelNames.has(field[2]!)) continue; // a relation, not a column
      const [, column, , optional, attributes] = field;
      model.fields.set(column!, { optional: !!optional });
      if (/@id\b/.test(attributes!)) model.keys.push({ kind: "pk", columns: [column!] });
      if (/@unique\b/.test(attributes!)) model.keys.push({ kind: "unique", columns: [column!] });
    }
    return model;
  });
}

/**
 * What stands between a model and distribution by shop: "no shopId", "shopId?" (optional: Citus
 * refuses NULL in the distribution column), or a key without it, as `pk(id)` / `unique(a, b)`.
 * Shop itself is distributed by its id (the value every other table's shopId holds).
 */
function tenantKeyFindings(models: Model[]): Map<string, string[]> {
  const findings = new Map<string, string[]>();
  for (const model of models) {
    const column = model.name === "Shop" ? "id" : "shopId";
    const found: string[] = [];
    const shopId = model.fields.get(column);
    if (!shopId) found.push("no shopId");
    else {
      if (shopId.optional) found.push("shopId?");
      for (const key of model.keys) if (!key.columns.includes(column)) found.push(`${key.kind}(${key.columns.join(", ")})`);
    }
    if (found.length) findings.set(model.name, found);
  }
  return findings;
}

/** The exceptions table of docs/deploy.md: table names in the first column, `findings` in the second. */
function documentedExceptions(doc: string): Map<string, string[]> {
  const section = /<!-- tenant-keys:start -->([\s\S]*?)<!-- tenant-keys:end -->/.exec(doc)?.[1];
  if (!section) throw new Error("docs/deploy.md has no <!-- tenant-keys:start --> … <!-- tenant-keys:end --> section");
  const documented = new Map<string, string[]>();
  for (const row of section.split("\n").filter((l) => /^\|/.test(l) && !/^\|\s*-/.test(l))) {
    const [tables, keys] = row.split("|").slice(1, 3);
    const found = [...keys!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const table of tables!.match(/\b[A-Z]\w*\b/g) ?? []) documented.set(table, [...(documented.get(table) ?? []), ...found]);
  }
  return documented;
}

const root = path.resolve(import.meta.dirname, "../..");
const sorted = (map: Map<string, string[]>) => Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]).sort(([a], [b]) => (a! < b! ? -1 : 1)));

describe("tenant keys for distribution by shop", () => {
  it("finds what lacks shopId in a schema", () => {
    const schema = `model Shop {\n  id String @id\n  slug String @unique\n}\n
model Product {\n  id String @id @default(cuid())\n  shopId String\n  handle String\n  shop Shop @relation(fields: [shopId], references: [id])\n  @@unique([shopId, handle])\n  @@unique([handle]) // global\n}\n
model Line {\n  shopId String\n  productId String\n  @@id([shopId, productId])\n}\n
model Log {\n  id String @id\n  shopId String?\n}\n
model User {\n  id String @id\n}\n`;
    expect(sorted(tenantKeyFindings(parseModels(schema)))).toEqual({
      Log: ["pk(id)", "shopId?"],
      Product: ["pk(id)", "unique(handle)"],
      Shop: ["unique(slug)"],
      User: ["no shopId"],
    });
  });

  it("lists exactly the tables and keys docs/deploy.md documents as exceptions", () => {
    const found = tenantKeyFindings(parseModels(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")));
    const documented = documentedExceptions(readFileSync(path.join(root, "docs/deploy.md"), "utf8"));
    expect(sorted(found)).toEqual(sorted(documented));
  });
});
