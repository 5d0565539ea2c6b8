// Carts: current prices and availability per line, merging a guest cart on sign-in, limits,
// and carts that belong to a shopper staying theirs.
import { describe, expect, it } from "vitest";
import { addLine, createCart, getCart, MAX_CART_LINES, mergeCarts, priceCart, removeLine, setQuantity } from "@/lib/cart/cart";
import { addToCart, countCartItems, forgetCart, readCart, removeCartLine, setCartLine } from "@/lib/cart/shopper-cart";
import { db } from "@/lib/db/client";
import { cartWith, makeOpenShop, makeProduct, makeUser, makeVariant } from "@/tests/support/shop-fixtures";

describe("carts", () => {
  it("prices lines from the database and says which can't be bought as asked", async () => {
    const shop = await makeOpenShop();
    const fine = await makeVariant(shop.id, { priceAmount: 1000, stock: 5 });
    const few = await makeVariant(shop.id, { priceAmount: 700, stock: 4 });
    const gone = await makeVariant(shop.id, { priceAmount: 300, stock: 3 });
    const archived = await makeProduct(shop.id, { variants: [{ priceAmount: 900 }] });
    const untracked = await makeVariant(shop.id, { priceAmount: 100, stock: 0, trackStock: false });
    const cartId = await cartWith(shop.id, [
      { variantId: fine.id, quantity: 2 },
      { variantId: few.id, quantity: 3 },
      { variantId: gone.id, quantity: 1 },
      { variantId: archived.variant.id, quantity: 1 },
      { variantId: untracked.id, quantity: 9 },
    ]);
    await db.variant.update({ where: { id: few.id }, data: { reserved: 2 } }); // held by other checkouts
    await db.variant.update({ where: { id: gone.id }, data: { reserved: 3 } });
    await db.product.update({ where: { id: archived.product.id }, data: { status: "ARCHIVED" } });
    await db.variant.update({ where: { id: fine.id }, data: { priceAmount: 1100 } });

    const cart = (await priceCart(db, shop.id, cartId))!;
    expect(cart.lines.map((l) => [l.unitPriceAmount, l.quantity, l.available, l.problem])).toEqual([
      [1100, 2, 5, null],
      [700, 3, 2, { code: "insufficient_stock", available: 2 }],
      [300, 1, 0, { code: "sold_out" }],
      [900, 1, 10, { code: "unavailable" }],
      [100, 9, null, null],
    ]);
    expect(cart).toMatchObject({ currency: "EUR", subtotalAmount: 2200 + 2100 + 300 + 900, itemCount: 16, canCheckout: false });
  });

  it("won't add what isn't for sale", async () => {
    const shop = await makeOpenShop();
    const draft = await makeProduct(shop.id, { status: "DRAFT" });
    const soldOut = await makeVariant(shop.id, { stock: 0 });
    const { id } = await createCart(db, shop.id);
    await expect(addLine(db, shop.id, id, { variantId: draft.variant.id })).rejects.toMatchObject({
      status: 409,
      fields: { variantId: "No longer available" },
    });
    await expect(addLine(db, shop.id, id, { variantId: soldOut.id })).rejects.toMatchObject({ fields: { variantId: "Sold out" } });
    await expect(addLine(db, shop.id, id, { variantId: "nope" })).rejects.toMatchObject({ fields: { variantId: "No longer available" } });
  });

  it("adds up, sets and removes quantities", async () => {
    const shop = await makeOpenShop();
    const variant = await makeVariant(shop.id);
    const { id } = await createCart(db, shop.id);
    await addLine(db, shop.id, id, { variantId: variant.id, quantity: 2 });
    const line = await addLine(db, shop.id, id, { variantId: variant.id, quantity: "3" });
    expect(line.quantity).toBe(5);
    await setQuantity(db, shop.id, id, { lineId: line.id, quantity: 7 });
    expect((await getCart(db, shop.id, id))!.lines).toMatchObject([{ quantity: 7 }]);
    await setQuantity(db, shop.id, id, { lineId: line.id, quantity: 0 });
    expect((await getCart(db, shop.id, id))!.lines).toEqual([]);
    await expect(removeLine(db, shop.id, id, line.id)).rejects.toMatchObject({ status: 404 });
  });

  it(`holds at most ${MAX_CART_LINES} different items`, async () => {
    const shop = await makeOpenShop();
    const product = await makeProduct(shop.id, { variants: Array.from({ length: MAX_CART_LINES + 1 }, (_, i) => ({ title: `V${i}` })) });
    const { id } = await createCart(db, shop.id);
    await db.cartLine.createMany({
      data: product.variants.slice(0, MAX_CART_LINES).map((v) => ({ shopId: shop.id, cartId: id, variantId: v.id, quantity: 1 })),
    });
    await expect(addLine(db, shop.id, id, { variantId: product.variants[MAX_CART_LINES].id })).rejects.toMatchObject({ status: 400 });
    await addLine(db, shop.id, id, { variantId: product.variants[0].id }); // more of one already there is fine
  });

  it("merges the guest cart into the shopper's on sign-in, capped by stock", async () => {
    const shop = await makeOpenShop();
    const user = await makeUser();
    const a = await makeVariant(shop.id, { stock: 5 });
    const b = await makeVariant(shop.id, { stock: 50 });
    const c = await makeVariant(shop.id, { stock: 2 });
    const own = await cartWith(
      shop.id,
      [
        { variantId: a.id, quantity: 2 },
        { variantId: c.id, quantity: 2 },
      ],
      user.id,
    );
    await db.variant.update({ where: { id: c.id }, data: { reserved: 1 } });
    const guest = await cartWith(shop.id, [
      { variantId: a.id, quantity: 4 },
      { variantId: b.id, quantity: 3 },
      { variantId: c.id, quantity: 1 },
    ]);

    expect(await mergeCarts(db, shop.id, guest, user.id)).toEqual({ cartId: own });
    const merged = await getCart(db, shop.id, own, user.id);
    const qty = Object.fromEntries(merged!.lines.map((l) => [l.variantId, l.quantity]));
    expect(qty).toEqual({ [a.id]: 5, [b.id]: 3, [c.id]: 2 }); // 2+4 capped at 5; c keeps its 2 though only 1 is free
    expect(await getCart(db, shop.id, guest)).toBeNull();
  });

  it("gives the guest cart to a shopper who has none, and leaves other shoppers' carts alone", async () => {
    const shop = await makeOpenShop();
    const [ada, bob] = [await makeUser(), await makeUser()];
    const variant = await makeVariant(shop.id);
    const guest = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    expect(await mergeCarts(db, shop.id, guest, ada.id)).toEqual({ cartId: guest });

    // Ada's cart is hers: no one else reads or changes it, even with its id.
    expect(await getCart(db, shop.id, guest)).toBeNull();
    expect(await getCart(db, shop.id, guest, bob.id)).toBeNull();
    expect(await priceCart(db, shop.id, guest, bob.id)).toBeNull();
    await expect(addLine(db, shop.id, guest, { variantId: variant.id }, bob.id)).rejects.toMatchObject({ status: 404 });
    const bobs = await mergeCarts(db, shop.id, guest, bob.id);
    expect(bobs.cartId).not.toBe(guest);
    expect((await getCart(db, shop.id, guest, ada.id))!.lines).toHaveLength(1);
  });

  it("keeps carts per shop", async () => {
    const shop = await makeOpenShop();
    const other = await makeOpenShop();
    const variant = await makeVariant(shop.id);
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    expect(await getCart(db, other.id, cartId)).toBeNull();
    expect(await priceCart(db, other.id, cartId)).toBeNull();
    await expect(addLine(db, other.id, cartId, { variantId: variant.id })).rejects.toMatchObject({ status: 404 });
    const closed = await makeOpenShop({ status: "SUSPENDED" });
    await expect(createCart(db, closed.id)).rejects.toMatchObject({ status: 409 });
  });
});

// The cart identity every entry point passes ({ cartId, userId }: a cookie's on the web, a cart
// token's in the Storefront API): lib checks it names a cart of this shopper in this shop.
describe("carts by identity", () => {
  it("refuses another shop's or another shopper's cart id, changing nothing", async () => {
    const shop = await makeOpenShop();
    const other = await makeOpenShop();
    const ada = await makeUser();
    const variant = await makeVariant(shop.id);
    const theirs = await makeVariant(other.id);
    const cartId = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }]);
    const adas = await cartWith(shop.id, [{ variantId: variant.id, quantity: 1 }], ada.id);
    const line = (await getCart(db, shop.id, cartId))!.lines[0]!.id;

    const elsewhere = { cartId, userId: null };
    expect(await readCart(db, other.id, elsewhere)).toEqual({ cart: null, itemCount: 0 });
    await expect(addToCart(db, other.id, elsewhere, { variantId: theirs.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(setCartLine(db, other.id, elsewhere, line, 5)).rejects.toMatchObject({ code: "not_found" });
    await expect(removeCartLine(db, shop.id, { cartId: adas, userId: null }, line)).rejects.toMatchObject({ code: "not_found" });
    await forgetCart(db, shop.id, { cartId: adas, userId: null }); // a guest key can't delete Ada's cart
    expect(await db.cart.count({ where: { shopId: other.id } })).toBe(0);
    expect((await getCart(db, shop.id, cartId))!.lines).toEqual([expect.objectContaining({ quantity: 1 })]);
    expect(await countCartItems(db, shop.id, { cartId: adas, userId: ada.id })).toBe(1);

    // A stale key on the web gets a new cart instead.
    const fresh = await addToCart(db, other.id, elsewhere, { variantId: theirs.id, quantity: 2 }, { replaceGone: true });
    expect(fresh).toMatchObject({ created: true, itemCount: 2 });
    expect(fresh.cartId).not.toBe(cartId);
  });

  it("adds to, changes and forgets the shopper's own cart", async () => {
    const shop = await makeOpenShop();
    const variant = await makeVariant(shop.id, { stock: 5 });
    const first = await addToCart(db, shop.id, { cartId: null, userId: null }, { variantId: variant.id });
    const who = { cartId: first.cartId, userId: null };
    expect(await addToCart(db, shop.id, who, { variantId: variant.id, quantity: 2 })).toMatchObject({ created: false, itemCount: 3 });
    await setCartLine(db, shop.id, who, first.line.id, 4);
    expect((await readCart(db, shop.id, who)).itemCount).toBe(4);
    await expect(setCartLine(db, shop.id, who, first.line.id, "many")).rejects.toMatchObject({ code: "invalid", fields: { quantity: "Enter a quantity." } });
    await forgetCart(db, shop.id, who);
    expect(await db.cart.count({ where: { id: first.cartId } })).toBe(0);
  });
});
