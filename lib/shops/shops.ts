// Opening a shop and editing its settings. Plain functions over `db`, so the actions and the
// integration tests call the same code; the storefront cache is the caller's job (Next-only).
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { requireRole, type ShopActor } from "@/lib/core/actor";
import { transaction, type Db, type Tx } from "@/lib/core/db";
import { AppError, isUniqueViolation, parseInput } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { changeSlugSchema, createShopSchema, shopSettingsSchema } from "./schemas";

const slugTaken = () => AppError.invalid({ slug: "This address is taken: choose another one" });

/** Locks the shop row until the transaction ends: serialises edits with each other and with checkout (which bumps nextOrderNumber). */
export async function lockShop(tx: Tx, shopId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Shop" WHERE id = ${shopId} FOR UPDATE`;
  if (!rows.length) throw AppError.notFound("shop");
}

/**
 * Opens a shop with `userId` as its owner (a merchant may own several): in review, or live at
 * once when reviews are automatic (SHOP_REVIEW=auto).
 */
export async function createShop(db: Db, userId: string, input: unknown, review: "manual" | "auto" = env().SHOP_REVIEW) {
  const status = review === "auto" ? "ACTIVE" : "IN_REVIEW";
  const data = parseInput(createShopSchema, input);
  // The pre-check gives the usual answer fast; the unique index settles a race between two tabs.
  if (await db.shop.findUnique({ where: { slug: data.slug }, select: { id: true } })) throw slugTaken();
  try {
    return await transaction(db, async (tx) => {
      const shop = await tx.shop.create({
        data: { ...data, status, members: { create: { userId, role: "OWNER" } } },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, {
        shopId: shop.id,
        actorId: userId,
        action: "shop.created",
        targetType: "shop",
        targetId: shop.id,
        data: { slug: data.slug, name: data.name, currency: data.currency },
        after: { status },
        reason: review === "auto" ? "Approved automatically (SHOP_REVIEW=auto)" : null,
      });
      return shop;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

const SETTINGS_SELECT = {
  name: true,
  description: true,
  contactEmail: true,
  themeColor: true,
  defaultLocale: true,
  timeZone: true,
  currency: true,
  shippingPolicy: true,
  returnsPolicy: true,
  taxRateBps: true,
  pricesIncludeTax: true,
  logoUrl: true,
  bannerUrl: true,
} as const;

/** What the settings form shows, plus whether the currency can still change. */
export async function getShopSettings(db: Db, shopId: string) {
  const [shop, orders] = await Promise.all([
    db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, slug: true, ...SETTINGS_SELECT } }),
    db.order.count({ where: { shopId } }),
  ]);
  return { ...shop, currencyLocked: orders > 0 };
}

/** Saves the settings form. Returns the names of the fields that changed. */
export async function updateShopSettings(db: Db, actor: ShopActor, input: unknown) {
  const data = parseInput(shopSettingsSchema, input);
  return transaction(db, async (tx) => {
    await requireRole(tx, actor, "settings");
    await lockShop(tx, actor.shopId); // no order can be placed between the count and the update
    const before = await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: SETTINGS_SELECT });
    if (data.currency !== before.currency && (await tx.order.count({ where: { shopId: actor.shopId } })) > 0) {
      // Orders and prices are stored in the shop's currency: changing it would relabel them.
      throw AppError.invalid({ currency: "The currency can't change once the shop has orders" });
    }
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => data[key] !== undefined && data[key] !== before[key]);
    if (!changed.length) return { changed };
    await tx.shop.update({ where: { id: actor.shopId }, data, select: { id: true } });
    await recordAudit(tx, {
      shopId: actor.shopId,
      actorId: actor.userId,
      action: "shop.updated",
      targetType: "shop",
      targetId: actor.shopId,
      data: { changed },
    });
    return { changed };
  });
}

/** Moves the shop to a new address. Old links stop working: nothing redirects them. */
export async function changeShopSlug(db: Db, actor: ShopActor, input: unknown) {
  const { slug } = parseInput(changeSlugSchema, input);
  try {
    return await transaction(db, async (tx) => {
      await requireRole(tx, actor, "settings");
      await lockShop(tx, actor.shopId);
      const before = await tx.shop.findUniqueOrThrow({ where: { id: actor.shopId }, select: { slug: true } });
      if (before.slug === slug) return { slug, changed: false };
      if (await tx.shop.findUnique({ where: { slug }, select: { id: true } })) throw slugTaken();
      await tx.shop.update({ where: { id: actor.shopId }, data: { slug }, select: { id: true } });
      await recordAudit(tx, {
        shopId: actor.shopId,
        actorId: actor.userId,
        action: "shop.slug_changed",
        targetType: "shop",
        targetId: actor.shopId,
        data: { from: before.slug, to: slug },
      });
      return { slug, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** The overview's checklist and counts. */
export async function getShopOverview(db: Db, shopId: string) {
  const [shop, products, activeProducts, shippingRates, members] = await Promise.all([
    db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { logoUrl: true, shippingPolicy: true, returnsPolicy: true, contactEmail: true } }),
    db.product.count({ where: { shopId } }),
    db.product.count({ where: { shopId, status: "ACTIVE" } }),
    db.shippingRate.count({ where: { shopId, active: true } }),
    db.shopMember.count({ where: { shopId } }),
  ]);
  return { ...shop, products, activeProducts, shippingRates, members };
}
