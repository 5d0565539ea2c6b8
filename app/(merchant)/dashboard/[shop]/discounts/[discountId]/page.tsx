import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/components/catalog/delete-button";
import { describeUsage } from "@/components/discounts/describe";
import { DiscountForm } from "@/components/discounts/discount-form";
import { DiscountStatusBadge } from "@/components/discounts/status-badge";
import { RowAction } from "@/components/shops/row-action";
import { db } from "@/lib/db/client";
import { getDiscount } from "@/lib/discounts/discounts";
import { discountStatus } from "@/lib/discounts/status";
import { merchantPage, orNotFound } from "@/app/_entry/merchant";
import { deleteDiscountAction, searchDiscountTargetsAction, setDiscountEnabledAction, updateDiscountAction } from "../actions";

export const metadata: Metadata = { title: "Discount code" };

export default async function DiscountPage({ params }: { params: Promise<{ shop: string; discountId: string }> }) {
  const { shop: slug, discountId } = await params;
  const { shop } = await merchantPage(slug, "discounts");
  const discount = await orNotFound(getDiscount(db, shop.id, discountId));
  const status = discountStatus(discount, new Date());
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/dashboard/${shop.slug}/discounts`} className="text-sm text-teal-800 underline underline-offset-2">
          ← Discount codes
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-bold tracking-tight">{discount.code}</h1>
          <DiscountStatusBadge status={status} />
        </div>
        <p className="mt-1 text-sm text-slate-600">Used {describeUsage(discount)}.</p>
      </div>
      <DiscountForm
        key={`${discount.code}-${discount.active}` /* a rename or the Disable button re-mounts it with the stored values */}
        action={updateDiscountAction.bind(null, shop.slug, discount.id)}
        currency={shop.currency}
        searchTargets={searchDiscountTargetsAction.bind(null, shop.slug)}
        discount={{ ...discount, startsAt: discount.startsAt?.toISOString() ?? null, endsAt: discount.endsAt?.toISOString() ?? null }}
      />
      <section aria-labelledby="remove" className="space-y-3 rounded-lg border border-red-200 p-5">
        <h2 id="remove" className="text-lg font-semibold">
          {discount.used ? "Stop this code" : "Remove this code"}
        </h2>
        <p className="text-sm text-slate-600">
          {discount.used
            ? "Orders used this code, so it stays for their record. Disable it to stop shoppers using it."
            : "Disable it to pause it, or delete it: no order has used it."}
        </p>
        <div className="flex flex-wrap items-start gap-3">
          <RowAction
            action={setDiscountEnabledAction.bind(null, shop.slug, discount.id, !discount.active)}
            label={discount.active ? "Disable code" : "Enable code"}
            pendingLabel={discount.active ? "Disabling…" : "Enabling…"}
            accessibleLabel={`${discount.active ? "Disable" : "Enable"} ${discount.code}`}
          />
          {!discount.used && (
            <DeleteButton
              action={deleteDiscountAction.bind(null, shop.slug, discount.id, true)}
              label={`Delete ${discount.code}`}
              title={`Delete the code ${discount.code}?`}
              confirmLabel="Delete code"
            >
              <p>Shoppers who try it will be told it isn&apos;t valid.</p>
            </DeleteButton>
          )}
        </div>
      </section>
    </div>
  );
}
