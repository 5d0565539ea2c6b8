import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, keyed, msg, parseInput } from "./errors";
import { errorBody, errorResponse, toFormState } from "./respond";

describe("AppError", () => {
  it("carries a stable code, the status it means and an English message", () => {
    const error = AppError.notFound("cart");
    expect(error.code).toBe("not_found");
    expect(error.status).toBe(404);
    expect(error.message).toBe("Cart not found.");
    expect(error.fields).toEqual({ form: "Cart not found." });
  });

  it("is answered as JSON in the caller's language, fields apart from the message", () => {
    const error = new AppError("out_of_stock", { form: msg("shopClosed"), "lines.a": "Only 2 left" });
    expect(errorBody(error, "fr")).toEqual({
      error: { code: "out_of_stock", message: "Cette boutique ne prend pas de commandes pour le moment.", fields: { "lines.a": "Only 2 left" } },
    });
    expect(errorBody(AppError.shopClosed(), "zh-CN").error.message).toBe("该店铺暂不接受订单。");
  });

  it("sends Retry-After with a rate limit, and a bare 500 with no stack for anything else", async () => {
    const limited = errorResponse(AppError.rateLimited(2.2));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    const original = console.error;
    console.error = () => {};
    const crash = errorResponse(new Error("secret detail"));
    console.error = original;
    expect(crash.status).toBe(500);
    expect(await crash.text()).not.toContain("secret");
  });

  it("parses input into one message per field, or throws invalid", () => {
    const schema = z.object({ email: z.string().min(1, "Enter your email"), quantity: z.number().int() });
    expect(parseInput(schema, { email: "a", quantity: 1 })).toEqual({ email: "a", quantity: 1 });
    const error = (() => {
      try {
        parseInput(schema, { email: "" }, "contact.");
      } catch (e) {
        return e as AppError;
      }
    })()!;
    expect(error.status).toBe(400);
    expect(Object.keys(error.fields)).toEqual(["contact.email", "contact.quantity"]);
    expect(error.fields["contact.email"]).toBe("Enter your email");
  });

  it("becomes a form's messages: named inputs next to their field, the rest in the form's alert", () => {
    const error = AppError.invalid({ title: "Enter a title", ids: "Some products are gone" });
    expect(toFormState(error, ["title"])).toMatchObject({ fields: { title: "Enter a title" }, form: "Some products are gone" });
    expect(toFormState(error)).toMatchObject({ fields: { title: "Enter a title", ids: "Some products are gone" }, form: undefined });
    expect(() => toFormState(new Error("bug"))).toThrow("bug");
  });

  it("takes catalogue keys from a schema's messages, with the issue's bounds and given values, in the shopper's language", () => {
    const schema = z.object({ city: z.string().max(3, keyed("tooLong")), quantity: z.number().min(1, keyed("quantityRange", { min: 1, max: 99 })) });
    const error = (() => {
      try {
        parseInput(schema, { city: "Paris", quantity: 0 });
      } catch (e) {
        return e as AppError;
      }
    })()!;
    expect(error.messages).toEqual({ city: msg("tooLong", { max: 3 }), quantity: msg("quantityRange", { min: 1, max: 99 }) });
    expect(error.fields).toEqual({ city: "At most 3 characters.", quantity: "Quantity must be between 1 and 99." });
    expect(errorBody(error, "fr").error.fields).toEqual({ city: "3 caractères au maximum.", quantity: "La quantité doit être comprise entre 1 et 99." });
  });

  it("formats money in a message for the language it is shown in", () => {
    const spend = new AppError("discount", { discountCodes: msg("codeMinSubtotal", { amount: { amount: 5000, currency: "EUR" } }) });
    expect(spend.fields.discountCodes).toBe("Spend €50.00 or more to use this code.");
    expect(errorBody(spend, "fr").error.fields?.discountCodes).toMatch(/^Dépensez au moins 50,00\s€ pour utiliser ce code\.$/);
    expect(errorBody(spend, "zh-CN").error.fields?.discountCodes).toBe("消费满 €50.00 才能使用此优惠码。");
  });
});
