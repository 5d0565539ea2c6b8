"use client";
// Why a cart line can't be bought as it is, in the shopper's language (the cart API says it by code).
import { useTranslations } from "use-intl/react";
import type { LineProblem } from "@/lib/cart/availability";

export function LineProblemText({ problem, className }: { problem: LineProblem | null; className?: string }) {
  const t = useTranslations("cart");
  if (!problem) return null;
  const text =
    problem.code === "insufficient_stock" ? t("onlyLeft", { count: problem.available }) : problem.code === "sold_out" ? t("soldOut") : t("unavailable");
  return <p className={className}>{text}</p>;
}
