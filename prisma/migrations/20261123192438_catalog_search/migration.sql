-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Product_shopId_title_idx" ON "Product"("shopId", "title");

-- CreateIndex
CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");

-- ---------- Hand-written: what Prisma's schema language cannot express ----------
-- Extensions are database-wide. They go to "public" when missing (not to the first schema
-- on search_path: the tests give each file a schema that is dropped afterwards), and are
-- used wherever they already are. Our wrappers below live in this migration's schema and
-- call the extensions fully qualified, so search works whatever a session's search_path.
DO $migration$
DECLARE
  trgm_schema text;
  unaccent_schema text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
  EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; -- created meanwhile by a concurrent session
  END;
  BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
  EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
  END;
  SELECT extnamespace::regnamespace::text INTO trgm_schema FROM pg_extension WHERE extname = 'pg_trgm';
  SELECT extnamespace::regnamespace::text INTO unaccent_schema FROM pg_extension WHERE extname = 'unaccent';

  -- unaccent() is only STABLE (its dictionary could change); with the dictionary named it
  -- is safe to treat as IMMUTABLE, which the search vector function below needs.
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION minishop_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT %1$s.unaccent(''%1$s.unaccent''::regdictionary, $1)'
  $f$, unaccent_schema);

  -- How close a search is to a title, 0..1, for the typo-tolerant fallback.
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION minishop_word_similarity(text, text) RETURNS real
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT %1$s.word_similarity($1, $2)'
  $f$, trgm_schema);
END
$migration$;

-- Title above tags above description; 'simple' + unaccent works for any language
-- (no stemming, no stop words), so "creme" finds "Crème".
CREATE OR REPLACE FUNCTION minishop_product_search_vector(title text, tags text[], description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path FROM CURRENT
AS $$
  SELECT setweight(to_tsvector('simple', minishop_unaccent(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('simple', minishop_unaccent(coalesce(array_to_string(tags, ' '), ''))), 'B')
      || setweight(to_tsvector('simple', minishop_unaccent(coalesce(description, ''))), 'C')
$$;

CREATE OR REPLACE FUNCTION minishop_product_search_vector_trigger() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
BEGIN
  NEW."searchVector" := minishop_product_search_vector(NEW."title", NEW."tags", NEW."descriptionMd");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Product_searchVector_update"
BEFORE INSERT OR UPDATE OF "title", "tags", "descriptionMd" ON "Product"
FOR EACH ROW EXECUTE FUNCTION minishop_product_search_vector_trigger();

UPDATE "Product" SET "searchVector" = minishop_product_search_vector("title", "tags", "descriptionMd");
