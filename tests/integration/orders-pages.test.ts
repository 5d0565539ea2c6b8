// The order pages as Next.js calls them (the page component with its params, rendered), with
// only the session faked: the shopper's status page shows each parcel's tracking and the
// refunds; the account lists a signed-in shopper's orders across shops; the merchant's list,
// order page and CSV answer the shop's team, and another shop's owner or staff gets the 404.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";
import { startCheckout } from "@/lib/checkout/checkout";
import { db } from "@/lib/db/client";
import { fulfilOrder, markDelivered } from "@/lib/orders/after-sale";
import { orderToken } from "@/lib/orders/link";
import { refundOrder } from "@/lib/orders/refunds";
import { completePayment } from "@/lib/orders/status";
import { testProvider } from "@/lib/payments/test-provider";
import { renderPage } from "@/tests/support/render-page";
import { session } from "@/tests/support/session";
import { cartWith, checkoutInput, makeMember, makeOpenShop, makeShippingRate, makeUser, makeVariant } from "@/tests/support/shop-fixtures";

// The storefront's shop reads go through Next's data cache.
vi.mock("next/cache", async () => (await import("@/tests/support/fake-next-cache")).fakeNextCacheModule());
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

const statusPage = (await import("@/app/(storefront)/s/[shopSlug]/[locale]/orders/[orderId]/page")).default;
const accountPage = (await import("@/app/(shopper)/account/orders/page")).default;
const listPage = (await import("@/app/(merchant)/dashboard/[shop]/orders/page")).default;
const orderPage = (await import("@/app/(merchant)/dashboard/[shop]/orders/[number]/page")).default;
const csvRoute = await import("@/app/api/shops/[shopId]/orders/export/route");

const notFoundPage = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };
const csv = (shopId: string, query = "") =>
  csvRoute.GET(new Request(`http://localhost/api/shops/${shopId}/orders/export${query}`), { params: Promise.resolve({ shopId }) });

type Shop = Awaited<ReturnType<typeof makeOpenShop>>;
let shop: Shop;
let owner: CurrentUser;

/** A paid order of two units of one product and one of another, bought by `userId` if given. */
async function paidOrder(inShop: Shop, userId?: string) {
  const rate = await makeShippingRate(inShop.id);
  const [tee, mug] = [await makeVariant(inShop.id, { stock: 5 }), await makeVariant(inShop.id, { stock: 5 })];
  const cart = await cartWith(
    inShop.id,
    [
      { variantId: tee.id, quantity: 2 },
      { variantId: mug.id, quantity: 1 },
    ],
    userId,
  );
  const checkout = await startCheckout(db, checkoutInput(inShop.id, cart, rate.id, { userId }), { provider: testProvider });
  await completePayment(db, { provider: "test", providerPaymentId: checkout.providerPaymentId });
  // The tee's line first (two units), then the mug's.
  const lines = await db.orderLine.findMany({ where: { orderId: checkout.orderId }, orderBy: { quantity: "desc" } });
  const order = await db.order.findUniqueOrThrow({ where: { id: checkout.orderId } });
  return { order, lines };
}

// Client components on the pages (the after-sales form's useRouter) need the router Next.js mounts.
const render = renderPage;

beforeAll(async () => {
  shop = await makeOpenShop();
  owner = await makeMember(shop.id);
});
beforeEach(() => {
  session.user = null;
});

describe("the shopper's order page", () => {
  it("shows each parcel's carrier, tracking number and link (new tab, noopener), the delivery and the refunds", async () => {
    const { order, lines } = await paidOrder(shop);
    const actor = { shopId: shop.id, userId: owner.id, role: "OWNER" as const };
    const quiet = { send: async () => {} };
    await fulfilOrder(
      db,
      actor,
      order.id,
      { lines: [{ orderLineId: lines[0].id, quantity: 2 }], carrier: "La Poste", trackingNumber: "LP123FR", trackingUrl: "https://track.example/LP123FR" },
      quiet,
    );
    await refundOrder(db, actor, order.id, { lines: [{ orderLineId: lines[1].id, quantity: 1 }] });
    await markDelivered(db, actor, order.id);
    const params = (locale: string) => ({
      params: Promise.resolve({ shopSlug: shop.slug, locale, orderId: order.id }),
      searchParams: Promise.resolve({ token: orderToken(order.id) }),
    });

    const html = await render(statusPage(params("en")));
    expect(html).toContain("La Poste");
    expect(html).toContain("LP123FR");
    expect(html).toMatch(/<a href="https:\/\/track.example\/LP123FR" target="_blank" rel="noopener noreferrer"[^>]*>Track this parcel/);
    expect(html).toContain("Delivered");
    expect(html).not.toContain("Unknown");
    expect(html).toContain("Refunds");
    const fr = await render(statusPage(params("fr")));
    expect(fr).toContain("Numéro de suivi");
    expect(fr).toContain("Livrée");

    // Without its signed link the order is not found.
    await expect(statusPage({ ...params("en"), searchParams: Promise.resolve({ token: "nope" }) })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
  });

  it("lists a signed-in shopper's orders across shops, each linking to its status page", async () => {
    const shopper = await makeUser();
    const elsewhere = await makeOpenShop();
    const mine = [await paidOrder(shop, shopper.id), await paidOrder(elsewhere, shopper.id)];
    const theirs = await paidOrder(shop); // a guest's
    session.user = { id: shopper.id, name: shopper.name, email: shopper.email, role: "USER" } as CurrentUser;
    const html = await render(accountPage({ searchParams: Promise.resolve({}) }));
    for (const { order } of mine) expect(html).toContain(`orders/${order.id}?token=${orderToken(order.id)}`);
    expect(html).toContain(shop.name);
    expect(html).toContain(elsewhere.name);
    expect(html).not.toContain(theirs.order.id);
  });
});

describe("the merchant's order pages and CSV", () => {
  it("show the shop's team the list (filtered), the order by its number, and the CSV of the filtered list", async () => {
    const { order, lines } = await paidOrder(shop);
    const staff = await makeMember(shop.id, "STAFF");
    for (const user of [owner, staff]) {
      session.user = user;
      const list = await render(listPage({ params: Promise.resolve({ shop: shop.slug }), searchParams: Promise.resolve({ q: order.email }) }));
      expect(list).toContain(`/dashboard/${shop.slug}/orders/${order.number}`);
      expect(list).toContain("Paid");
      expect(list).toContain("Unfulfilled");
      const page = await render(orderPage({ params: Promise.resolve({ shop: shop.slug, number: String(order.number) }) }));
      expect(page).toContain(`Order #${order.number}`);
      expect(page).toContain(`qty.${lines[0].id}`); // the fulfil and refund forms
      expect(page).toContain("Timeline");
      const response = await csv(shop.id, `?q=${encodeURIComponent(order.email)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${shop.slug}-orders.csv"`);
      const rows = (await response.text()).trim().split("\n");
      expect(rows).toHaveLength(2);
      expect(rows[1]).toContain(order.email);
    }
    session.user = owner;
    await expect(orderPage({ params: Promise.resolve({ shop: shop.slug, number: "999999" }) })).rejects.toMatchObject(notFoundPage);
    await expect(orderPage({ params: Promise.resolve({ shop: shop.slug, number: "abc" }) })).rejects.toMatchObject(notFoundPage);
  });

  it("answer another shop's owner and staff with the 404 page and the CSV with 404; a guest signs in first", async () => {
    const { order } = await paidOrder(shop);
    const other = await makeOpenShop();
    const outsiders = [await makeMember(other.id, "OWNER"), await makeMember(other.id, "STAFF")];
    for (const user of outsiders) {
      session.user = user;
      await expect(listPage({ params: Promise.resolve({ shop: shop.slug }), searchParams: Promise.resolve({}) })).rejects.toMatchObject(notFoundPage);
      await expect(orderPage({ params: Promise.resolve({ shop: shop.slug, number: String(order.number) }) })).rejects.toMatchObject(notFoundPage);
      // Through their own shop: this order's number isn't theirs, its list doesn't hold it, nor its CSV.
      await expect(orderPage({ params: Promise.resolve({ shop: other.slug, number: String(order.number) }) })).rejects.toMatchObject(notFoundPage);
      expect(await render(listPage({ params: Promise.resolve({ shop: other.slug }), searchParams: Promise.resolve({}) }))).not.toContain(order.email);
      const response = await csv(shop.id);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(order.email);
      expect(await (await csv(other.id)).text()).not.toContain(order.email);
    }
    session.user = null;
    await expect(listPage({ params: Promise.resolve({ shop: shop.slug }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;.*sign-in/),
    });
    expect((await csv(shop.id)).status).toBe(401);
  });
});
