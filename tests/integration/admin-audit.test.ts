// The audit log is append-only in the database itself (admin_audit migration): not even direct
// SQL as the app's own database role can change or remove a row. Deleting a shop or a user keeps
// their audit rows (the foreign keys' SET NULL is the one update let through).
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { makeOpenShop, makeUser } from "@/tests/support/shop-fixtures";

async function entry() {
  const shop = await makeOpenShop({ status: "IN_REVIEW" });
  const actor = await makeUser();
  const written = {
    shopId: shop.id,
    actorId: actor.id,
    action: "shop.approved",
    targetType: "shop",
    targetId: shop.id,
    reason: "Documents checked",
    before: { status: "IN_REVIEW" },
    after: { status: "ACTIVE" },
  };
  const { id } = await recordAudit(db, written);
  return { id, shop, actor, written };
}

const row = (id: string) => db.auditLog.findUnique({ where: { id } });

describe("the audit log is append-only", () => {
  it("records who, what, target, reason and before/after", async () => {
    const { id, written } = await entry();
    expect(await row(id)).toMatchObject(written);
  });

  it("refuses UPDATE with direct SQL, of any column, including nulling a foreign key by hand", async () => {
    const { id } = await entry();
    const saved = await row(id);
    for (const set of [
      `action = 'shop.rejected'`,
      `reason = NULL`,
      `after = '{"status":"CLOSED"}'`,
      `"createdAt" = now()`,
      `"shopId" = NULL`,
      `"actorId" = NULL`,
    ]) {
      await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET ${set} WHERE id = $1`, id)).rejects.toThrow(/append-only/);
    }
    await expect(db.auditLog.update({ where: { id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    expect(await row(id)).toEqual(saved);
  });

  it("refuses DELETE and TRUNCATE with direct SQL", async () => {
    const { id } = await entry();
    const count = await db.auditLog.count();
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = $1`, id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "Shop" CASCADE`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(count);
    expect(await row(id)).not.toBeNull();
  });

  it("keeps a deleted shop's audit rows, only their shopId set to NULL", async () => {
    const { id, shop } = await entry();
    const saved = await row(id);
    await db.shop.delete({ where: { id: shop.id } });
    expect(await row(id)).toEqual({ ...saved, shopId: null });
  });

  it("keeps a deleted user's audit rows, only their actorId set to NULL", async () => {
    const { id, actor } = await entry();
    const saved = await row(id);
    await db.user.delete({ where: { id: actor.id } });
    expect(await row(id)).toEqual({ ...saved, actorId: null });
  });

  it("keeps rows whose shop and actor are both deleted in one transaction", async () => {
    const { id, shop, actor } = await entry();
    const saved = await row(id);
    await db.$transaction([db.shop.delete({ where: { id: shop.id } }), db.user.delete({ where: { id: actor.id } })]);
    expect(await row(id)).toEqual({ ...saved, shopId: null, actorId: null });
  });

  it("refuses an update from inside another trigger that changes more than the foreign keys", async () => {
    // A trigger on another table is the only other way to reach depth > 1: it still may not rewrite a row.
    const { id, shop } = await entry();
    await db.$executeRawUnsafe(`CREATE FUNCTION t_rewrite_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE "AuditLog" SET "shopId" = NULL, reason = 'rewritten' WHERE "shopId" = OLD.id; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER t_rewrite_audit AFTER UPDATE ON "Shop" FOR EACH ROW EXECUTE FUNCTION t_rewrite_audit()`);
    try {
      await expect(db.shop.update({ where: { id: shop.id }, data: { name: "Renamed" } })).rejects.toThrow(/append-only/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER t_rewrite_audit ON "Shop"`);
      await db.$executeRawUnsafe(`DROP FUNCTION t_rewrite_audit()`);
    }
    expect((await row(id))?.reason).toBe("Documents checked");
  });
});
