import { describe, expect, it } from "vitest";
import { API_JSON_BODY as API } from "@/lib/storefront-api/http";
import { readJsonBody } from "./json-body";

const post = (body: BodyInit | null, type: string | null = "application/json") =>
  new Request("http://localhost/x", { method: "POST", body, headers: type ? { "Content-Type": type } : {} });

describe("readJsonBody, as the web storefront reads it (the defaults)", () => {
  it("takes a JSON object sent as application/json", async () => {
    await expect(readJsonBody(post('{"a":1}'))).resolves.toEqual({ a: 1 });
    await expect(readJsonBody(post('{"a":1}', "Application/JSON; charset=utf-8"))).resolves.toEqual({ a: 1 });
    await expect(readJsonBody(post('{"a":"\\u0000"}'))).resolves.toEqual({ a: "\u0000" }); // zod and the handlers judge the values
  });

  it("refuses empty bodies, other media types, oversized and malformed bodies", async () => {
    await expect(readJsonBody(post(null))).rejects.toMatchObject({ code: "invalid", status: 400 });
    await expect(readJsonBody(post(null, null))).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/merge-patch+json"])
      await expect(readJsonBody(post("{}", type)), type).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(readJsonBody(post(`"${"a".repeat(70_000)}"`))).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
    await expect(readJsonBody(post('{"a":1}'), { maxBytes: 4 })).rejects.toMatchObject({ code: "payload_too_large" });
    await expect(readJsonBody(post(new Uint8Array([0x22, 0xff, 0x22])))).rejects.toMatchObject({ code: "invalid" });
    for (const body of ["[]", "null", "1", "{"]) await expect(readJsonBody(post(body)), body).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("readJsonBody, as the Storefront API reads it", () => {
  it("takes an empty body or a JSON object, as application/json or any +json type", async () => {
    await expect(readJsonBody(post(null, null), API)).resolves.toEqual({});
    await expect(readJsonBody(post("", "text/plain; charset=utf-8"), API)).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(readJsonBody(post('{"a":1}', "application/json; charset=utf-8"), API)).resolves.toEqual({ a: 1 });
    await expect(readJsonBody(post('{"a":1}', "application/merge-patch+json"), API)).resolves.toEqual({ a: 1 });
  });

  it("refuses other types and charsets, oversized, non-object, broken and NUL-bearing bodies", async () => {
    await expect(readJsonBody(post("{}", "text/plain"), API)).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
    await expect(readJsonBody(post("{}", null), API)).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(readJsonBody(post("{}", "application/json; charset=latin1"), API)).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(readJsonBody(post(`"${"a".repeat(70_000)}"`), API)).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
    await expect(readJsonBody(post(new Uint8Array([0x22, 0xff, 0x22])), API)).rejects.toMatchObject({ code: "invalid" });
    for (const body of ["[]", "null", "1", "{", '{"a":"\\u0000"}', '{"\\u0000":1}', '{"a":["\\u0000"]}'])
      await expect(readJsonBody(post(body), API), body).rejects.toMatchObject({ code: "invalid" });
  });
});
