// GET /api/storefront/v1/openapi.json: the API's OpenAPI 3.1 document, prerendered at build time.
import { openApiDocument } from "@/lib/storefront-api/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } });
}
