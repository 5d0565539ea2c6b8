// Accounts and sessions (better-auth). The forms talk to /api/auth over HTTP on purpose:
// better-auth only rate-limits HTTP requests, never direct `auth.api` calls.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { after } from "next/server";
import type { z } from "zod";
import { fieldErrors } from "@/lib/core/input";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { trustedIpHeaders } from "@/lib/http/client-address";
import { sendMail } from "@/lib/mail/send";
import {
  changeEmailSchema,
  forgotPasswordSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  updateUserSchema,
} from "./schemas";

// The same rules the forms use, enforced here too since anyone can POST to /api/auth.
const bodyRules: Record<string, z.ZodType<Record<string, unknown>>> = {
  "/sign-up/email": signUpSchema,
  "/sign-in/email": signInSchema,
  "/request-password-reset": forgotPasswordSchema,
  "/reset-password": resetPasswordSchema,
  "/update-user": updateUserSchema,
  "/change-email": changeEmailSchema,
};

// Sends after the response is out, so the reply takes as long whether or not the email has an account.
function inBackground(task: () => Promise<void>) {
  const run = () => task().catch((error) => console.error("Sending mail failed", error));
  try {
    after(run);
  } catch {
    return run(); // outside a request (scripts): just send it
  }
}

function createAuth() {
  const appUrl = env().APP_URL;
  // The app also runs on other ports (PORT), e.g. a second dev server or the e2e server.
  const port = process.env.PORT;
  const trustedOrigins = [new URL(appUrl).origin, ...(port ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`] : [])];
  // Tests sign in many times from one address, so they raise the limit; everyone else gets 10 a minute.
  const attempts = { window: 60, max: Number(process.env.AUTH_RATE_LIMIT_MAX) || 10 };

  return betterAuth({
    appName: "Minishop",
    baseURL: appUrl,
    secret: env().BETTER_AUTH_SECRET,
    trustedOrigins,
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        const link = `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
        inBackground(() =>
          sendMail({
            to: user.email,
            subject: "Reset your Minishop password",
            text: [
              `Hi ${user.name},`,
              "",
              "Someone asked to reset the password of your Minishop account. Open this link within an hour to choose a new one:",
              "",
              link,
              "",
              "If it wasn't you, ignore this email: your password stays the same.",
            ].join("\n"),
          }),
        );
      },
    },
    advanced: { ipAddress: { ipAddressHeaders: trustedIpHeaders() } },
    rateLimit: {
      enabled: true, // in every environment, tests included, so they exercise the real behaviour
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": attempts,
        "/sign-up/email": attempts,
        "/request-password-reset": attempts,
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const rules = bodyRules[ctx.path];
        if (!rules) return;
        const parsed = rules.safeParse(ctx.body);
        if (!parsed.success) {
          throw new APIError("BAD_REQUEST", { code: "INVALID_INPUT", message: "Check the highlighted fields", fieldErrors: fieldErrors(parsed.error) });
        }
        return { context: { body: { ...ctx.body, ...parsed.data } } }; // trimmed values
      }),
    },
    plugins: [
      // user.role "admin" = platform administrator, "moderator" = moderator (lib/admin/roles.ts).
      // Only administrators may use the plugin's user-management endpoints (ban, set role, remove…).
      admin({ roles: { admin: adminAc, moderator: userAc, user: userAc }, adminRoles: ["admin"] }),
      nextCookies(), // last: lets server actions set the session cookie
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
let instance: Auth | undefined;

/** Created on first use, like `db`, so importing it (e.g. during `next build`) needs no database or secrets. */
export const auth: Auth = new Proxy({} as Auth, {
  get: (_, prop) => Reflect.get((instance ??= createAuth()), prop),
  has: (_, prop) => Reflect.has((instance ??= createAuth()), prop),
});
