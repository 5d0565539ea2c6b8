import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/core/input";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpSchema } from "./schemas";

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) {
  return result.success ? {} : fieldErrors(result.error!);
}

describe("sign-up rules", () => {
  it("accepts a normal sign-up and trims name and email", () => {
    const parsed = signUpSchema.parse({ name: "  Ada Lovelace ", email: " ada@example.com ", password: "12345678" });
    expect(parsed).toEqual({ name: "Ada Lovelace", email: "ada@example.com", password: "12345678" });
  });

  it("asks for every empty field, and missing ones alike", () => {
    const expected = { name: "Enter your name", email: "Enter your email", password: "Enter a password" };
    expect(errorsOf(signUpSchema.safeParse({ name: " ", email: "", password: "" }))).toEqual(expected);
    expect(errorsOf(signUpSchema.safeParse({}))).toEqual(expected);
    expect(errorsOf(signUpSchema.safeParse(null))).toHaveProperty("form", expect.any(String));
  });

  it("rejects what is too long or too short", () => {
    const errors = errorsOf(signUpSchema.safeParse({ name: "n".repeat(101), email: `${"a".repeat(250)}@x.co`, password: "p".repeat(129) }));
    expect(errors).toEqual({
      name: "Name must be at most 100 characters",
      email: "Email must be at most 254 characters",
      password: "Password must be at most 128 characters",
    });
    expect(errorsOf(signUpSchema.safeParse({ name: "n".repeat(100), email: "a@b.co", password: "1234567" }))).toEqual({
      password: "Use at least 8 characters",
    });
    expect(signUpSchema.safeParse({ name: "n".repeat(100), email: "a@b.co", password: "p".repeat(128) }).success).toBe(true);
  });

  it("rejects an invalid email", () => {
    for (const email of ["ada", "ada@", "@example.com", "ada@example", "a da@example.com"]) {
      expect(errorsOf(signUpSchema.safeParse({ name: "Ada", email, password: "12345678" })).email).toMatch(/valid email/);
    }
  });

  it("rejects control characters in a name", () => {
    expect(errorsOf(signUpSchema.safeParse({ name: "Ada\u0000", email: "a@b.co", password: "12345678" })).name).toMatch(/control characters/);
  });

  it("keeps passwords exactly as typed", () => {
    expect(signUpSchema.parse({ name: "Ada", email: "a@b.co", password: "  spaced  " }).password).toBe("  spaced  ");
  });
});

describe("sign-in, forgot and reset rules", () => {
  it("sign-in needs both fields but not a minimum length", () => {
    expect(errorsOf(signInSchema.safeParse({ email: "", password: "" }))).toEqual({ email: "Enter your email", password: "Enter your password" });
    expect(signInSchema.safeParse({ email: "a@b.co", password: "short" }).success).toBe(true);
    expect(errorsOf(signInSchema.safeParse({ email: "a@b.co", password: "p".repeat(129) })).password).toMatch(/at most 128/);
  });

  it("forgot-password needs a valid email; reset needs a valid new password", () => {
    expect(errorsOf(forgotPasswordSchema.safeParse({ email: "nope" })).email).toMatch(/valid email/);
    expect(errorsOf(resetPasswordSchema.safeParse({ newPassword: "1234567" }))).toEqual({ newPassword: "Use at least 8 characters" });
    expect(resetPasswordSchema.safeParse({ newPassword: "12345678" }).success).toBe(true);
  });
});
