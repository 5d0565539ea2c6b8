// The Publish page's form schemas, shared by the forms (instant messages) and the server.
import semver from "semver";
import { z } from "zod";

const optional = (schema: z.ZodType<string>, message: string) =>
  z
    .string()
    .trim()
    .max(200)
    .refine((value) => value === "" || schema.safeParse(value).success, message);

export const miniappSettingsSchema = z.object({
  wechatAppId: optional(z.string().regex(/^wx[0-9a-f]{16}$/), "A WeChat AppID is wx followed by 16 hexadecimal characters"),
  alipayAppId: optional(z.string().regex(/^\d{16}$/), "An Alipay AppID is 16 digits"),
  apiBaseUrl: optional(z.url({ protocol: /^https?$/ }), "Enter an address starting with https://").transform((url) => url.replace(/\/+$/, "")),
});

export type MiniappSettings = z.output<typeof miniappSettingsSchema>;

export const publishSchema = z.object({
  name: z
    .string()
    .trim()
    .refine((name) => semver.valid(name) === name, "Use a version like 1.2.0 (MAJOR.MINOR.PATCH)"),
});
