// Calls the Storefront API's route handlers as Next.js would (a Request, its params) and checks
// every answer's body against the OpenAPI document (ajv, JSON Schema 2020-12): the operation is
// found by method and path, the schema by status. An answer the document doesn't describe fails.
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/storefront-api/openapi";

type Json = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> }>> };

export const document = openApiDocument() as unknown as Doc & Json;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, "openapi");

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** The document's path template and params for a concrete path, or null. */
export function matchPath(pathname: string): { template: string; params: Record<string, string> } | null {
  for (const template of Object.keys(document.paths)) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    const match = pattern.exec(pathname);
    if (match) return { template, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) };
  }
  return null;
}

const modules = new Map<string, Promise<Record<string, (request: Request, ctx: unknown) => Promise<Response>>>>();

function routeModule(template: string) {
  const file = path.resolve(import.meta.dirname, "../../app", `.${template.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`);
  if (!modules.has(file)) modules.set(file, import(file));
  return modules.get(file)!;
}

export type ApiAnswer = { status: number; headers: Headers; body: Json | null };

/** Validates `body` against the document's schema for this operation and status; returns the failures. */
export function schemaProblems(template: string, method: string, status: number, body: unknown): string[] {
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (!operation) return [`no operation ${method} ${template}`];
  const response = operation.responses[String(status)];
  if (!response) return [`${operation.operationId} doesn't document status ${status}`];
  if (!response.content) return body === null ? [] : [`${operation.operationId} ${status} has no body in the document`];
  const ref = `openapi#/${pointer("paths", template, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema")}`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${operation.operationId} ${status}: ${e.instancePath} ${e.message}`);
}

/**
 * One request to the API, through its route handler. `checked` (default true): the body must
 * match the document. Requests to paths the document doesn't have throw.
 */
export async function api(
  method: string,
  url: string,
  options: { body?: unknown; raw?: BodyInit; headers?: Record<string, string>; token?: string; checked?: boolean } = {},
): Promise<ApiAnswer> {
  const full = new URL(url, "http://localhost");
  const found = matchPath(full.pathname);
  if (!found) throw new Error(`No operation at ${full.pathname}`);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers["X-Cart-Token"] = options.token;
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const handler = (await routeModule(found.template))[method.toUpperCase()];
  if (!handler) throw new Error(`No ${method} handler at ${found.template}`);
  const response = await handler(new Request(full, { method, headers, body }), { params: Promise.resolve(found.params) });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Json) : null;
  if (options.checked !== false && method.toUpperCase() !== "OPTIONS") {
    expect(schemaProblems(found.template, method, response.status, json), `${method} ${url} → ${response.status} ${text.slice(0, 300)}`).toEqual([]);
  }
  return { status: response.status, headers: response.headers, body: json };
}

export const API = "/api/storefront/v1";
