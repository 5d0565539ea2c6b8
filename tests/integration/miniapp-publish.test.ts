// Publishing a shop's mini-program: versions per shop (code + 1, SemVer names going up), the
// owner-only settings, and what the downloads and manifest read.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db/client";
import { getMiniappSettings, listVersions, publishVersion, saveMiniappSettings, suggestedName } from "@/lib/miniapp/publish";
import { miniappSource, servedManifest } from "@/lib/miniapp/source";
import { makeMember, makeOpenShop } from "../support/shop-fixtures";

const ORIGIN = "http://shops.test";

async function shopWithMember(role: "OWNER" | "STAFF" = "OWNER") {
  const shop = await makeOpenShop({ name: "Tea House" });
  const user = await makeMember(shop.id, role);
  return { shop, actor: { shopId: shop.id, userId: user.id, role } };
}

async function publish(actor: { shopId: string; userId: string; role: "OWNER" | "STAFF" }, name: string) {
  const { input } = await miniappSource(db, { id: actor.shopId }, { platformOrigin: ORIGIN });
  return publishVersion(db, actor, { name }, (v) => servedManifest({ ...input, version: v }));
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe("publishing", () => {
  it("counts version codes up per shop and keeps the manifest each version published", async () => {
    const a = await shopWithMember();
    const b = await shopWithMember();
    expect(await publish(a.actor, "1.0.0")).toMatchObject({ code: 1, name: "1.0.0" });
    expect(await publish(a.actor, "1.1.0")).toMatchObject({ code: 2, name: "1.1.0" });
    expect(await publish(b.actor, "1.0.0")).toMatchObject({ code: 1, name: "1.0.0" });
    const versions = await listVersions(db, a.shop.id);
    expect(versions.map((v) => [v.code, v.name])).toEqual([
      [2, "1.1.0"],
      [1, "1.0.0"],
    ]);
    expect(suggestedName(versions[0])).toBe("1.1.1");
    const row = await db.miniappVersion.findFirstOrThrow({ where: { shopId: a.shop.id, code: 2 } });
    expect(row.manifest).toMatchObject({
      name: "Tea House",
      version: { code: 2, name: "1.1.0" },
      start_url: `${ORIGIN}/embed/${a.shop.slug}/pages/home/home.html`,
    });
    const { input } = await miniappSource(db, { id: a.shop.id }, { platformOrigin: ORIGIN, published: true });
    expect(input.version).toEqual({ code: 2, name: "1.1.0" });
  });

  it("refuses a name that isn't SemVer or isn't above the last, and changes nothing", async () => {
    const { shop, actor } = await shopWithMember();
    await publish(actor, "2.0.0");
    expect((await failure(publish(actor, "2.0")))?.fields).toEqual({ name: "Use a version like 1.2.0 (MAJOR.MINOR.PATCH)" });
    expect((await failure(publish(actor, "1.9.9")))?.fields).toEqual({ name: "Use a version above 2.0.0" });
    expect((await failure(publish(actor, "2.0.0")))?.code).toBe("invalid");
    expect(await db.miniappVersion.count({ where: { shopId: shop.id } })).toBe(1);
  });

  it("gives two publishes at once two codes", async () => {
    const { shop, actor } = await shopWithMember();
    const results = await Promise.allSettled([publish(actor, "1.0.0"), publish(actor, "1.0.1")]);
    const codes = (await listVersions(db, shop.id)).map((v) => v.code).sort();
    expect(codes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toMatch(/invalid|conflict/);
  });

  it("is for owners: staff can't publish or change the settings", async () => {
    const { shop, actor } = await shopWithMember("STAFF");
    expect((await failure(publish(actor, "1.0.0")))?.code).toBe("forbidden");
    expect((await failure(saveMiniappSettings(db, actor, { wechatAppId: "", alipayAppId: "", apiBaseUrl: "" })))?.code).toBe("forbidden");
    expect(await db.miniappVersion.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it("has nothing to download or serve before the first publish", async () => {
    const { shop } = await shopWithMember();
    expect((await failure(miniappSource(db, { id: shop.id }, { platformOrigin: ORIGIN, published: true })))?.code).toBe("not_found");
    expect((await miniappSource(db, { id: shop.id }, { platformOrigin: ORIGIN })).input.version).toEqual({ code: 1, name: "0.0.0" });
  });
});

describe("mini-program settings", () => {
  it("saves the AppIDs and API base, checked, and the packages use them", async () => {
    const { shop, actor } = await shopWithMember();
    await saveMiniappSettings(db, actor, { wechatAppId: "wx0123456789abcdef", alipayAppId: "2021001234567890", apiBaseUrl: "https://api.tea.example/" });
    expect(await getMiniappSettings(db, shop.id)).toEqual({
      wechatAppId: "wx0123456789abcdef",
      alipayAppId: "2021001234567890",
      apiBaseUrl: "https://api.tea.example",
    });
    const { input } = await miniappSource(db, { id: shop.id }, { platformOrigin: ORIGIN });
    expect(input).toMatchObject({ wechatAppId: "wx0123456789abcdef", apiBase: "https://api.tea.example" });

    const error = await failure(saveMiniappSettings(db, actor, { wechatAppId: "wechat", alipayAppId: "123", apiBaseUrl: "ftp://x" }));
    expect(Object.keys(error?.fields ?? {}).sort()).toEqual(["alipayAppId", "apiBaseUrl", "wechatAppId"]);
    expect((await getMiniappSettings(db, shop.id)).wechatAppId).toBe("wx0123456789abcdef");
  });
});
