-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchTitle" TEXT;

-- ---------- Hand-written ----------
-- The typo-tolerant fallback compares the query with every active title of the shop. It
-- lower-cased and unaccented each title on every search (unaccent is most of that scan's
-- cost: ~25 ms per 1,000 products); the trigger that keeps "searchVector" current now stores
-- that form too, once per write. No trigram index: word_similarity's index operator (<%) uses a
-- per-session threshold (0.6 by default) where search wants 0.4, and the shop-scoped scan of
-- the precomputed column is ~5 ms per 1,000 products (see docs/decisions/0002).
CREATE OR REPLACE FUNCTION minishop_product_search_vector_trigger() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
BEGIN
  NEW."searchVector" := minishop_product_search_vector(NEW."title", NEW."tags", NEW."descriptionMd");
  NEW."searchTitle" := lower(minishop_unaccent(coalesce(NEW."title", '')));
  RETURN NEW;
END
$$;

UPDATE "Product" SET "searchTitle" = lower(minishop_unaccent(coalesce("title", '')));
