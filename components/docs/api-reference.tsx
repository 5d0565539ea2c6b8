"use client";
// The Storefront API's reference, rendered by Scalar from the OpenAPI document. Offline-safe:
// the script comes from this site, default fonts (a CDN) and telemetry are off, and "try it"
// requests go straight to the API (no proxy). Not the id "api-reference": the script mounts a
// default-configured copy (CDN fonts) on that one by itself.
import Script from "next/script";

declare global {
  interface Window {
    Scalar?: { createApiReference: (selector: string, config: Record<string, unknown>) => unknown };
  }
}

export function ApiReference({ url }: { url: string }) {
  return (
    <>
      <div id="minishop-api-reference" />
      <Script
        src="/docs/api/scalar.js"
        onReady={() => {
          window.Scalar?.createApiReference("#minishop-api-reference", {
            url,
            withDefaultFonts: false,
            telemetry: false,
            proxyUrl: "",
            hideDarkModeToggle: true,
            showDeveloperTools: "never",
            agent: { disabled: true },
            mcp: { disabled: true },
          });
        }}
      />
    </>
  );
}
