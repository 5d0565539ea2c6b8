// Serving one generated file: its Content-Type from its name.
const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  png: "image/png",
};

export function contentType(name: string): string {
  return TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

/** A file path inside a package: plain segments only (no "..", no absolute path). */
export function isPackagePath(name: string): boolean {
  return name.length < 200 && name.split("/").every((part) => /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(part) && part !== "..");
}
