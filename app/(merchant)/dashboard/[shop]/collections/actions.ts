"use server";
// Collections: create, edit, reorder, delete, and their products. Only actions live here:
// every export is a public endpoint, so each checks access itself and takes the shop from
// that check, never from the request; collection and product ids of other shops are not found.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { storefrontChanged } from "@/lib/catalog/cache";
import {
  addCollection,
  addToCollection,
  editCollection,
  moveCollection,
  moveInCollection,
  removeCollection,
  removeFromCollection,
} from "@/lib/catalog/collection-edits";
import { catalogFormState } from "@/lib/catalog/form-state";
import { db } from "@/lib/db/client";
import { requireShopAccess, shopActor } from "@/lib/shops/access";
import type { FormState } from "@/lib/shops/form-state";

const INPUTS = ["title", "handle", "description", "featured"] as const;
const directionSchema = z.enum(["up", "down"]);
const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : undefined;
};
const ok = (saved?: string): FormState => ({ fields: {}, saved, at: Date.now() });
const idSchema = z.string().min(1).max(64);
const NOT_FOUND: FormState = { fields: {}, form: "This collection or product no longer exists: reload the page." };

/** The access check every action starts with; `ids` arrive from the browser, so they're checked too. */
async function gate(slug: string, ...ids: unknown[]) {
  const access = await requireShopAccess(slug, "catalog");
  return { shopId: access.shop.id, slug: access.shop.slug, actor: shopActor(access), badIds: !ids.every((id) => idSchema.safeParse(id).success) };
}

/** Creates a collection, then opens it to add products. */
export async function createCollectionAction(slug: string, _state: FormState, data: FormData): Promise<FormState> {
  const { shopId, actor } = await gate(slug);
  let id: string;
  try {
    ({ id } = await addCollection(db, actor, { title: text(data, "title") ?? "", handle: text(data, "handle") }));
  } catch (error) {
    return catalogFormState(error, INPUTS);
  }
  storefrontChanged(shopId, { collectionIds: [id] });
  redirect(`/dashboard/${slug}/collections/${id}`);
}

export async function updateCollectionAction(slug: string, collectionId: string, _state: FormState, data: FormData): Promise<FormState> {
  const { shopId, actor, badIds } = await gate(slug, collectionId);
  if (badIds) return NOT_FOUND;
  try {
    await editCollection(db, actor, collectionId, {
      title: text(data, "title") ?? "",
      handle: text(data, "handle"),
      description: text(data, "description") ?? "",
      featured: data.get("featured") === "on",
    });
  } catch (error) {
    return catalogFormState(error, INPUTS);
  }
  storefrontChanged(shopId, { collectionIds: [collectionId] });
  refresh();
  return ok("Collection saved.");
}

/** Deletes the collection (its products stay); from its own page, goes back to the list. */
export async function deleteCollectionAction(slug: string, collectionId: string, backToList: boolean): Promise<FormState> {
  const { shopId, actor, badIds } = await gate(slug, collectionId);
  if (badIds) return NOT_FOUND;
  let title: string;
  try {
    ({ title } = await removeCollection(db, actor, collectionId));
  } catch (error) {
    return catalogFormState(error);
  }
  storefrontChanged(shopId, { collectionIds: [collectionId] });
  if (backToList === true) redirect(`/dashboard/${slug}/collections`);
  refresh();
  return ok(`Collection ${title} deleted.`);
}

export async function moveCollectionAction(slug: string, collectionId: string, direction: string): Promise<FormState> {
  const { shopId, actor, badIds } = await gate(slug, collectionId);
  if (badIds) return NOT_FOUND;
  const parsed = directionSchema.safeParse(direction);
  if (!parsed.success) return { fields: {}, form: "Move up or down.", at: Date.now() };
  try {
    if (await moveCollection(db, actor, collectionId, parsed.data)) storefrontChanged(shopId, { collectionIds: [collectionId] });
  } catch (error) {
    return catalogFormState(error);
  }
  refresh();
  return ok();
}

export async function addProductAction(slug: string, collectionId: string, productId: string): Promise<FormState> {
  const { shopId, actor, badIds } = await gate(slug, collectionId, productId);
  if (badIds) return NOT_FOUND;
  let count: number;
  try {
    ({ count } = await addToCollection(db, actor, collectionId, [productId]));
  } catch (error) {
    return catalogFormState(error);
  }
  if (!count) return { fields: {}, form: "This product is already in the collection, or no longer in your shop.", at: Date.now() };
  storefrontChanged(shopId, { collectionIds: [collectionId], productIds: [productId] });
  refresh();
  return ok("Added.");
}

export async function removeProductAction(slug: string, collectionId: string, productId: string): Promise<FormState> {
  const { shopId, actor, badIds } = await gate(slug, collectionId, productId);
  if (badIds) return NOT_FOUND;
  try {
    await removeFromCollection(db, actor, collectionId, productId);
  } catch (error) {
    return catalogFormState(error);
  }
  storefrontChanged(shopId, { collectionIds: [collectionId], productIds: [productId] });
  refresh();
  return ok("Removed.");
}

export async function moveProductAction(slug: string, collectionId: string, productId: string, direction: string): Promise<FormState> {
  const { shopId, actor, badIds } = await gate(slug, collectionId, productId);
  if (badIds) return NOT_FOUND;
  const parsed = directionSchema.safeParse(direction);
  if (!parsed.success) return { fields: {}, form: "Move up or down.", at: Date.now() };
  try {
    if (await moveInCollection(db, actor, collectionId, productId, parsed.data)) storefrontChanged(shopId, { collectionIds: [collectionId] });
  } catch (error) {
    return catalogFormState(error);
  }
  refresh();
  return ok();
}
