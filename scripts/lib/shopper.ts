// A shopper over HTTP, as the storefront's pages call the app: add to a guest cart (cart API),
// check out (checkout API, built-in test provider), press Pay or Decline on the test payment
// page (its form, posted as a browser without JavaScript posts it). The checkout benchmark and
// the cluster tests both shop this way.

/** The cookies a browser would keep for one shopper. */
export class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export const address = { name: "Ada Lovelace", line1: "12 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR" };

const json = (jar: Jar, body: unknown) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json", Cookie: jar.header() },
});

/** As the product page's "Add to cart" posts it: only the line and the badge's count come back. */
export async function addToCart(origin: string, shopId: string, jar: Jar, variantId: string, quantity = 1) {
  const response = await fetch(`${origin}/api/shops/${shopId}/cart?view=count`, json(jar, { variantId, quantity }));
  jar.take(response);
  await response.arrayBuffer();
  return response.status;
}

export type CheckoutAnswer = { status: number; redirectUrl?: string; orderId?: string };

export async function checkOut(
  origin: string,
  shopId: string,
  jar: Jar,
  order: { email: string; shippingRateId: string; discountCodes?: string[] },
): Promise<CheckoutAnswer> {
  const response = await fetch(`${origin}/api/shops/${shopId}/cart/checkout`, json(jar, { shippingAddress: address, discountCodes: [], ...order }));
  const body = (await response.json().catch(() => ({}))) as { redirectUrl?: string; orderId?: string };
  return { status: response.status, ...body };
}

/** Where the test payment page's form posts (app/pay/test/[paymentId]/decide). */
export const payFormAction = (paymentPath: string) => `${paymentPath}/decide`;

/** Presses a button of the test payment page's form: a plain form POST, answered with a 303. */
export async function pay(origin: string, paymentPath: string, decision: "pay" | "decline", jar: Jar) {
  const form = new FormData();
  form.set("decision", decision);
  return fetch(origin + payFormAction(paymentPath), { method: "POST", body: form, redirect: "manual", headers: { Origin: origin, Cookie: jar.header() } });
}
