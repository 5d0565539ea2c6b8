// /docs/api: the Storefront API's reference (OpenAPI document at /api/storefront/v1/openapi.json).
import type { Metadata } from "next";
import { ApiReference } from "@/components/docs/api-reference";

export const metadata: Metadata = {
  title: "Storefront API reference",
  description: "The public JSON API of Minishop shops: catalogue, carts and checkout, for mini-programs, embeds and headless storefronts.",
};

export default function ApiReferencePage() {
  return (
    <main id="main">
      <h1 className="sr-only">Storefront API reference</h1>
      <ApiReference url="/api/storefront/v1/openapi.json" />
    </main>
  );
}
