// The served manifest in the Storefront API's contract (its OpenAPI document is generated from
// zod): the members Minishop writes. The JSON Schema the tests validate it with, written from
// the W3C prose, is schemas/manifest.ts.
import { z } from "zod";

const icon = z.object({ src: z.url(), sizes: z.string().meta({ example: "192x192" }), type: z.string(), label: z.string() });

export const miniappManifestSchema = z
  .object({
    app_id: z.string().meta({ description: "Reverse-domain: the platform's host, then the shop's address.", example: "com.example.shops.demo" }),
    name: z.string(),
    short_name: z.string(),
    description: z.string(),
    icons: z.array(icon).meta({ description: "The shop's logo (or its colour) at 48, 96, 192 and 512 px." }),
    version: z.object({ code: z.int().min(1).meta({ description: "Counts up on each publish." }), name: z.string().meta({ example: "1.2.0" }) }),
    platform_version: z.object({ min_code: z.int().min(1), target_code: z.int().min(1), release_type: z.string() }),
    pages: z.array(z.string()).meta({ description: "Home first, then collection, product, search, cart, checkout and order." }),
    window: z.record(z.string(), z.union([z.string(), z.boolean()])).meta({ description: "Navigation bar and background, from the shop's colour." }),
    lang: z.string(),
    dir: z.enum(["ltr", "rtl", "auto"]),
    color_scheme: z.enum(["auto", "light", "dark"]),
    device_type: z.array(z.string()),
    req_permissions: z.array(z.object({ name: z.string(), reason: z.string().optional() })),
    start_url: z.url().meta({ description: "The home page, as the embed serves it." }),
    scope: z.url(),
    display: z.string(),
    theme_color: z.string(),
    background_color: z.string(),
  })
  .meta({ id: "MiniappManifest", description: "A W3C MiniApp manifest that is a Web App Manifest too." });
