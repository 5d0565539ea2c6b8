// The OpenAPI document is what clients build on: Redocly's strict rules must pass, and every
// route of app/api/storefront/v1 must be in it (and nothing else).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_BASE, openApiDocument } from "./openapi";

const root = path.resolve(import.meta.dirname, "../..");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

describe("the Storefront API's OpenAPI document", () => {
  it("passes Redocly's lint", { timeout: 120_000 }, () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(openApiDocument()));
    const cli = path.join(root, "node_modules/@redocly/cli/bin/cli.js");
    let output = "";
    try {
      output = execFileSync(process.execPath, [cli, "lint", file, "--config", path.join(root, "redocly.yaml"), "--format", "stylish"], {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      throw new Error(`redocly lint failed:\n${e.stdout}\n${e.stderr}`);
    }
    expect(output).not.toMatch(/warning/i);
  });

  it("describes exactly the routes of app/api/storefront/v1", () => {
    const dir = path.join(root, "app/api/storefront/v1");
    const routes = routeFiles(dir)
      .map((file) => `${API_BASE}/${path.relative(dir, path.dirname(file))}`.replace(/\[(\w+)\]/g, "{$1}"))
      .filter((route) => !route.endsWith("openapi.json"))
      .sort();
    expect(Object.keys(openApiDocument().paths ?? {}).sort()).toEqual(routes);
  });

  it("describes every method each route exports, PUT aliases with PATCH's own body and answers", () => {
    const dir = path.join(root, "app/api/storefront/v1");
    const paths = openApiDocument().paths as Record<string, Record<string, { operationId: string; requestBody?: unknown; responses: unknown }>>;
    for (const file of routeFiles(dir)) {
      const route = `${API_BASE}/${path.relative(dir, path.dirname(file))}`.replace(/\[(\w+)\]/g, "{$1}");
      if (route.endsWith("openapi.json")) continue;
      const exported = [...readFileSync(file, "utf8").matchAll(/^export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) =>
        m[1]!.toLowerCase(),
      );
      expect(Object.keys(paths[route] ?? {}).sort(), route).toEqual(exported.sort());
      const { put, patch } = paths[route]!;
      if (put) {
        expect(put.operationId).not.toBe(patch!.operationId);
        expect({ body: put.requestBody, responses: put.responses }, route).toEqual({ body: patch!.requestBody, responses: patch!.responses });
      }
    }
    expect(paths[`${API_BASE}/shops/{slug}/cart`]!.put).toBeDefined();
    expect(paths[`${API_BASE}/shops/{slug}/cart/lines/{lineId}`]!.put).toBeDefined();
  });

  it("gives every operation an id, a summary, and its errors in the one error shape", () => {
    for (const [route, methods] of Object.entries(openApiDocument().paths ?? {})) {
      for (const [method, operation] of Object.entries(
        methods as Record<
          string,
          { operationId?: string; summary?: string; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
        >,
      )) {
        expect(operation.operationId, `${method} ${route}`).toBeTruthy();
        expect(operation.summary, `${method} ${route}`).toBeTruthy();
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400)
            expect(response.content?.["application/json"]?.schema.$ref, `${method} ${route} ${status}`).toBe("#/components/schemas/Error");
        }
      }
    }
  });
});
