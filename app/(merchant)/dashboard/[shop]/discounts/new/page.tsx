import type { Metadata } from "next";
import Link from "next/link";
import { DiscountForm } from "@/components/discounts/discount-form";
import { merchantPage } from "@/app/_entry/merchant";
import { createDiscountAction, searchDiscountTargetsAction } from "../actions";

export const metadata: Metadata = { title: "New discount code" };

export default async function NewDiscountPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop } = await merchantPage((await params).shop, "discounts");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/dashboard/${shop.slug}/discounts`} className="text-sm text-teal-800 underline underline-offset-2">
          ← Discount codes
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">New discount code</h1>
      </div>
      <DiscountForm
        action={createDiscountAction.bind(null, shop.slug)}
        currency={shop.currency}
        searchTargets={searchDiscountTargetsAction.bind(null, shop.slug)}
      />
    </div>
  );
}
