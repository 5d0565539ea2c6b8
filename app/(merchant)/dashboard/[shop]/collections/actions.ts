"use server";
// Collections: create, edit, reorder, delete, and their products. Only actions live here:
// every export is a public endpoint, and merchantAction checks the caller and takes the shop
// from that check, never from the request; collection and product ids of other shops are not
// found, and ids that are no ids at all are refused before they reach a query.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { merchantAction } from "@/app/_entry/merchant";
import {
  addCollection,
  addToCollection,
  editCollection,
  moveCollection,
  moveInCollection,
  removeCollection,
  removeFromCollection,
} from "@/lib/catalog/collection-edits";
import { AppError, parseInput } from "@/lib/core/errors";
import type { FormState } from "@/lib/core/form-state";
import { idSchema } from "@/lib/core/input";
import { db } from "@/lib/db/client";

const INPUTS = ["title", "handle", "description", "featured"] as const;
const NO_INPUTS: string[] = []; // buttons: every message goes to the alert
const id = idSchema("This collection or product no longer exists: reload the page.");
const direction = z.enum(["up", "down"], "Move up or down.");
const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : undefined;
};

/** Creates a collection, then opens it to add products. */
export const createCollectionAction = merchantAction(
  "catalog",
  async ({ actor, shop, changed }, _state: FormState, data: FormData) => {
    const { id: collectionId } = await addCollection(db, actor, { title: text(data, "title") ?? "", handle: text(data, "handle") });
    changed({ collectionIds: [collectionId] });
    redirect(`/dashboard/${shop.slug}/collections/${collectionId}`);
  },
  { inputs: INPUTS },
);

export const updateCollectionAction = merchantAction(
  "catalog",
  async ({ actor, changed }, collectionId: string, _state: FormState, data: FormData) => {
    const collection = parseInput(id, collectionId);
    await editCollection(db, actor, collection, {
      title: text(data, "title") ?? "",
      handle: text(data, "handle"),
      description: text(data, "description") ?? "",
      featured: data.get("featured") === "on",
    });
    changed({ collectionIds: [collection] });
    refresh();
    return "Collection saved.";
  },
  { inputs: INPUTS },
);

/** Deletes the collection (its products stay); from its own page, goes back to the list. */
export const deleteCollectionAction = merchantAction(
  "catalog",
  async ({ actor, shop, changed }, collectionId: string, backToList: boolean) => {
    const collection = parseInput(id, collectionId);
    const { title } = await removeCollection(db, actor, collection);
    changed({ collectionIds: [collection] });
    if (backToList === true) redirect(`/dashboard/${shop.slug}/collections`);
    refresh();
    return `Collection ${title} deleted.`;
  },
  { inputs: NO_INPUTS },
);

export const moveCollectionAction = merchantAction(
  "catalog",
  async ({ actor, changed }, collectionId: string, to: string) => {
    const collection = parseInput(id, collectionId);
    if (await moveCollection(db, actor, collection, parseInput(direction, to))) changed({ collectionIds: [collection] });
    refresh();
  },
  { inputs: NO_INPUTS },
);

export const addProductAction = merchantAction(
  "catalog",
  async ({ actor, changed }, collectionId: string, productId: string) => {
    const [collection, product] = [parseInput(id, collectionId), parseInput(id, productId)];
    const { count } = await addToCollection(db, actor, collection, [product]);
    if (!count) throw AppError.invalid({ form: "This product is already in the collection, or no longer in your shop." });
    changed({ collectionIds: [collection], productIds: [product] });
    refresh();
    return "Added.";
  },
  { inputs: NO_INPUTS },
);

export const removeProductAction = merchantAction(
  "catalog",
  async ({ actor, changed }, collectionId: string, productId: string) => {
    const [collection, product] = [parseInput(id, collectionId), parseInput(id, productId)];
    await removeFromCollection(db, actor, collection, product);
    changed({ collectionIds: [collection], productIds: [product] });
    refresh();
    return "Removed.";
  },
  { inputs: NO_INPUTS },
);

export const moveProductAction = merchantAction(
  "catalog",
  async ({ actor, changed }, collectionId: string, productId: string, to: string) => {
    const [collection, product] = [parseInput(id, collectionId), parseInput(id, productId)];
    if (await moveInCollection(db, actor, collection, product, parseInput(direction, to))) changed({ collectionIds: [collection] });
    refresh();
  },
  { inputs: NO_INPUTS },
);
