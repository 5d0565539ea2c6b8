"use client";
// The checkout form: contact, shipping address, shipping option, discount codes and the order
// summary. The summary is always the server's (the quote API prices the cart from the
// database); this form only sends ids, codes and what the shopper typed.
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl/react";
import type { CheckoutQuote } from "@/lib/checkout/quote";
import type { CountryOption } from "@/lib/checkout/countries";
import { deliversTo } from "@/lib/checkout/delivers-to";
import { formatMoney } from "@/lib/money/format";
import { cartApi } from "@/components/cart/cart-count";
import { useHydrated } from "@/components/cart/use-hydrated";
import { NOTHING_PLACED, type PlaceOrderState } from "./place-order-state";
import { AddressFields, EMPTY_ADDRESS, type AddressValues } from "./address-fields";
import { DiscountCodes } from "./discount-codes";
import { OrderSummary } from "./order-summary";
import { ShippingOptions } from "./shipping-options";

type Props = {
  shop: { id: string; slug: string };
  locale: string;
  initialQuote: CheckoutQuote;
  countries: CountryOption[];
  defaultEmail: string;
  placeOrder: (state: PlaceOrderState, formData: FormData) => Promise<PlaceOrderState>;
};

export function CheckoutForm({ shop, locale, initialQuote, countries, defaultEmail, placeOrder }: Props) {
  const t = useTranslations("checkout");
  const hydrated = useHydrated();
  const [quote, setQuote] = useState(initialQuote);
  const [email, setEmail] = useState(defaultEmail);
  const [address, setAddress] = useState<AddressValues>({ ...EMPTY_ADDRESS, country: countries.length === 1 ? countries[0]!.code : "" });
  const [quoteError, setQuoteError] = useState<string | null>(null);

  /** Prices the cart again on the server; null when that failed (the message is shown). */
  async function requote(change: { shippingRateId?: string | null; discountCodes?: string[] } = {}): Promise<CheckoutQuote | null> {
    setQuoteError(null);
    try {
      const response = await fetch(cartApi(shop.id, "/quote"), {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": locale },
        body: JSON.stringify({ shippingRateId: quote.shippingRateId, discountCodes: quote.codes, email: email || null, ...change }),
      });
      const body = (await response.json()) as { quote?: CheckoutQuote; error?: { message?: string } };
      if (!response.ok || !body.quote) {
        setQuoteError(body.error?.message ?? t("summaryFailed"));
        return null;
      }
      setQuote(body.quote);
      return body.quote;
    } catch {
      setQuoteError(t("summaryFailed"));
      return null;
    }
  }

  // Sent by hand rather than through <form action>: React resets a form after its action,
  // and the shopper's address must stay as typed when something needs fixing.
  const [state, setState] = useState<PlaceOrderState>(NOTHING_PLACED);
  const [pending, startTransition] = useTransition();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await placeOrder(state, formData); // on success it redirects to the payment page
      if (result.refresh) await requote();
      setState(result);
    });
  }
  const errors: Record<string, string | undefined> = { ...state.fields, form: state.form };

  const rates = quote.rates.filter((r) => deliversTo(r.countries, address.country));

  /** A new country the chosen rate doesn't deliver to: the first rate that does is priced instead. */
  function changeAddress(next: AddressValues) {
    setAddress(next);
    if (next.country === address.country) return;
    const fitting = quote.rates.filter((r) => deliversTo(r.countries, next.country));
    if (fitting.length && !fitting.some((r) => r.id === quote.shippingRateId)) void requote({ shippingRateId: fitting[0]!.id });
  }
  const total = quote.totals ? formatMoney(quote.totals.totalAmount, quote.cart.currency, locale) : null;
  const canPay = hydrated && quote.cart.canCheckout && !!quote.totals && !!quote.shippingRateId && !pending;

  return (
    <form onSubmit={submit} noValidate className="mt-6 grid gap-8 lg:grid-cols-[1fr_24rem]">
      <input type="hidden" name="shopId" value={shop.id} />
      <input type="hidden" name="shippingRateId" value={quote.shippingRateId ?? ""} />
      {quote.codes.map((code) => (
        <input key={code} type="hidden" name="discountCodes" value={code} />
      ))}

      <div className="flex flex-col gap-8">
        {errors.form ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
            {errors.form}
          </p>
        ) : null}

        <fieldset>
          <legend className="text-lg font-semibold">{t("contact")}</legend>
          <label htmlFor="checkout-email" className="mt-3 block text-sm font-medium">
            {t("email")}
          </label>
          <input
            id="checkout-email"
            name="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={!!errors.email}
            aria-describedby={errors.email ? "checkout-email-error" : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
          />
          {errors.email ? (
            <p id="checkout-email-error" className="mt-1 text-sm text-red-700">
              {errors.email}
            </p>
          ) : null}
        </fieldset>

        <AddressFields values={address} onChange={changeAddress} countries={countries} errors={errors} />

        <ShippingOptions quote={quote} rates={rates} locale={locale} error={errors.shippingRateId} onChoose={(shippingRateId) => requote({ shippingRateId })} />
      </div>

      <aside aria-labelledby="summary-heading" className="h-fit rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-6">
        <h2 id="summary-heading" className="text-lg font-semibold">
          {t("summary")}
        </h2>
        <OrderSummary quote={quote} locale={locale} lineErrors={errors} />
        <DiscountCodes quote={quote} requote={requote} error={errors.discountCodes} />
        <p role="alert" className="mt-3 text-sm text-red-700 empty:hidden">
          {quoteError}
        </p>
        {!quote.cart.canCheckout ? (
          <p className="mt-4 text-sm text-red-700">
            {t("fixCart")}{" "}
            <a href={`/s/${shop.slug}/cart`} className="font-medium underline underline-offset-2">
              {t("backToCart")}
            </a>
          </p>
        ) : null}
        <button
          type="submit"
          disabled={!canPay}
          className="mt-6 w-full rounded-md bg-(--shop-accent) px-6 py-3 text-base font-semibold text-(--shop-on-accent) hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {pending ? t("paying") : total ? t("pay", { total }) : t("payNow")}
        </button>
      </aside>
    </form>
  );
}
