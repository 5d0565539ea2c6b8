// A fake Stripe API on 127.0.0.1 for the integration tests: just the endpoints Minishop
// calls, answering minimal JSON, and recording every request (headers and form body) so a
// test can assert the idempotency key, the Stripe-Account header and the fee. Sessions,
// accounts and refunds live in maps the test edits to play Stripe's side.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingMessage["headers"]; form: Record<string, string> };
type Json = Record<string, unknown>;

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;

export async function startFakeStripe() {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Json>();
  const accounts = new Map<string, Json>();
  const refunds = new Map<string, Json[]>(); // by charge id
  const paymentIntents = new Map<string, Json>(); // a session's payment_intent id → the intent, for ?expand[]=payment_intent
  const byIdempotencyKey = new Map<string, Json>();
  // When set, POST /v1/refunds answers this Stripe error (and remembers nothing).
  const refundFailure: { current: null | { status: number; error: Json } } = { current: null };
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}_test_${++counter}`;
  const list = (data: Json[], url: string) => ({ object: "list", data, has_more: false, url });
  const notFound = (what: string) => [404, { error: { type: "invalid_request_error", message: `No such ${what}` } }] as const;

  function route(req: RecordedRequest): readonly [number, unknown] {
    const { method, path, form, query } = req;
    const key = `${req.headers["idempotency-key"] ?? ""}`;
    if (method === "POST" && key && byIdempotencyKey.has(`${path}|${key}`)) return [200, byIdempotencyKey.get(`${path}|${key}`)];
    let m: RegExpMatchArray | null;
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = nextId("cs");
      let amount = 0;
      for (let i = 0; form[`line_items[${i}][quantity]`]; i++)
        amount += Number(form[`line_items[${i}][price_data][unit_amount]`]) * Number(form[`line_items[${i}][quantity]`]);
      const session = {
        id,
        object: "checkout.session",
        status: "open",
        payment_status: "unpaid",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        amount_total: amount,
        currency: form["line_items[0][price_data][currency]"],
        client_reference_id: form.client_reference_id ?? null,
        metadata: { orderId: form["metadata[orderId]"], shopId: form["metadata[shopId]"] },
        expires_at: Number(form.expires_at),
        payment_intent: null,
      };
      sessions.set(id, session);
      byIdempotencyKey.set(`${path}|${key}`, session);
      return [200, session];
    }
    if (method === "GET" && path === "/v1/checkout/sessions") {
      const intent = query.get("payment_intent");
      const found = [...sessions.values()].filter(
        (s) => (typeof s.payment_intent === "object" && s.payment_intent ? (s.payment_intent as Json).id : s.payment_intent) === intent,
      );
      return [200, list(found, path)];
    }
    if (method === "GET" && (m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/))) {
      const session = sessions.get(m[1]);
      if (!session) return notFound("checkout.session");
      // As Stripe: the intent's id, or the intent itself when asked to expand it.
      const expand = [...query.entries()].some(([k, v]) => k.startsWith("expand") && v === "payment_intent");
      const intent = typeof session.payment_intent === "string" ? session.payment_intent : null;
      if (!expand || !intent) return [200, session];
      return [200, { ...session, payment_intent: paymentIntents.get(intent) ?? { id: intent, object: "payment_intent", status: "succeeded" } }];
    }
    if (method === "GET" && (m = path.match(/^\/v1\/payment_intents\/([^/]+)$/)))
      return paymentIntents.has(m[1]) ? [200, paymentIntents.get(m[1])] : notFound("payment_intent");
    if (method === "POST" && path === "/v1/accounts") {
      const account = { id: nextId("acct"), object: "account", type: form.type, email: form.email ?? null, charges_enabled: false };
      accounts.set(account.id, account);
      byIdempotencyKey.set(`${path}|${key}`, account);
      return [200, account];
    }
    if (method === "GET" && (m = path.match(/^\/v1\/accounts\/([^/]+)$/))) return accounts.has(m[1]) ? [200, accounts.get(m[1])] : notFound("account");
    if (method === "POST" && path === "/v1/account_links") {
      if (!accounts.has(form.account)) return notFound("account");
      return [
        200,
        {
          object: "account_link",
          url: `https://connect.stripe.test/setup/${form.account}`,
          created: Math.floor(Date.now() / 1000),
          expires_at: Math.floor(Date.now() / 1000) + 300,
        },
      ];
    }
    if (method === "POST" && path === "/v1/refunds" && refundFailure.current) return [refundFailure.current.status, { error: refundFailure.current.error }];
    if (method === "POST" && path === "/v1/refunds") {
      const intent = form.payment_intent;
      const session = [...sessions.values()].find(
        (s) => (typeof s.payment_intent === "object" && s.payment_intent ? (s.payment_intent as Json).id : s.payment_intent) === intent,
      );
      if (!session) return notFound("payment_intent");
      const refund = {
        id: nextId("re"),
        object: "refund",
        amount: Number(form.amount),
        currency: session.currency,
        payment_intent: intent,
        status: "succeeded",
        reason: form.reason ?? null,
      };
      byIdempotencyKey.set(`${path}|${key}`, refund);
      return [200, refund];
    }
    if (method === "GET" && path === "/v1/refunds") return [200, list(refunds.get(query.get("charge") ?? "") ?? [], path)];
    return notFound(`route ${method} ${path}`);
  }

  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        form: Object.fromEntries(new URLSearchParams(body)),
      };
      requests.push(recorded);
      const [status, json] = route(recorded);
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${counter}` });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: "127.0.0.1",
    port,
    requests,
    sessions,
    accounts,
    refunds,
    paymentIntents,
    /** Plays Stripe refusing refunds (null: accepting them again). */
    failRefunds(failure: null | { status: number; error: Json }) {
      refundFailure.current = failure;
    },
    /** Plays Stripe changing a session (paid, expired, …). */
    updateSession(id: string, patch: Json) {
      const session = sessions.get(id);
      if (!session) throw new Error(`No session ${id}`);
      Object.assign(session, patch);
      return session;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Stripe event as the webhook would receive it, from a connected account. */
export function stripeEvent(type: string, object: Json, account?: string, id = `evt_${Math.random().toString(36).slice(2)}`) {
  return {
    id,
    object: "event",
    type,
    account,
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: { object },
  };
}
