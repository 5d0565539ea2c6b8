-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB,
ADD COLUMN     "reason" TEXT;

-- ---------- Hand-written: the audit log is append-only, enforced here, not only in code ----------
-- Refuses UPDATE and DELETE of any "AuditLog" row, whoever runs them (the app's own role included).
-- One update is let through: the foreign keys' ON DELETE SET NULL when a shop or user is deleted.
-- It runs inside the referential-integrity trigger on "Shop"/"user" (so pg_trigger_depth() > 1)
-- and may only turn "shopId" and/or "actorId" to NULL; every other column must stay as it was.
-- A direct `UPDATE ... SET "shopId" = NULL` runs at depth 1 and is refused like any other.
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1
     AND (NEW."shopId" IS NULL OR NEW."shopId" IS NOT DISTINCT FROM OLD."shopId")
     AND (NEW."actorId" IS NULL OR NEW."actorId" IS NOT DISTINCT FROM OLD."actorId")
     AND (to_jsonb(NEW) - 'shopId' - 'actorId') = (to_jsonb(OLD) - 'shopId' - 'actorId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only: % on "AuditLog" refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only_rows"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER "AuditLog_append_only_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
