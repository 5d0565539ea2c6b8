// Account form rules, shared by the forms (instant feedback) and the auth server
// (lib/auth/auth.ts checks the same rules before better-auth sees a request).
import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string({ error: "Enter your email" })
  .trim()
  .min(1, "Enter your email")
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

const newPassword = z
  .string({ error: "Enter a password" })
  .min(1, "Enter a password")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

export const nameSchema = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, "Enter your name")
  .max(100, "Name must be at most 100 characters")
  .regex(/^[^\u0000-\u001f\u007f]*$/, "Name can't contain control characters");

export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: newPassword });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ newPassword });

// Account changes better-auth also accepts; no form yet, but the same limits apply.
export const updateUserSchema = z.object({ name: nameSchema.optional() });
export const changeEmailSchema = z.object({ newEmail: emailSchema });
