-- CreateIndex
CREATE INDEX "Order_shopId_fulfillmentStatus_createdAt_idx" ON "Order"("shopId", "fulfillmentStatus", "createdAt");

-- ---------- Hand-written ----------
-- The merchant's order search finds a fragment of the shopper's email or name
-- (o.email ILIKE '%ada%', o."shippingAddress"->>'name' ILIKE '%ada%'): trigram GIN indexes
-- serve both at 100,000 orders a shop (tests/integration/orders-scale.test.ts). pg_trgm was
-- created by the catalog_search migration, in whichever schema it lives: the operator class is
-- named with that schema, so the index builds whatever the session's search_path (the tests
-- give each file a schema of its own). The email index is in schema.prisma too
-- (@@index([email(ops: raw("gin_trgm_ops"))], type: Gin)), so Prisma's diff keeps it; the name
-- index is on an expression, which Prisma's diff doesn't see, so `npm run db:migration` leaves
-- it alone (tests/integration/migrations.test.ts: no pending change).
DO $migration$
DECLARE
  trgm_schema text;
BEGIN
  SELECT extnamespace::regnamespace::text INTO trgm_schema FROM pg_extension WHERE extname = 'pg_trgm';
  EXECUTE format('CREATE INDEX "Order_email_trgm_idx" ON "Order" USING GIN (email %1$s.gin_trgm_ops)', trgm_schema);
  EXECUTE format('CREATE INDEX "Order_shippingName_trgm_idx" ON "Order" USING GIN (("shippingAddress"->>''name'') %1$s.gin_trgm_ops)', trgm_schema);
END
$migration$;
