// npm run admin:create -- <email> [--password <password>]
// Makes the account with this email a platform admin. Without an account, creates one
// (with the given password, or a generated one that is printed once). With --password
// and an existing account, also sets that password.
import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { signUpSchema } from "@/lib/auth/schemas";
import { withDatabase } from "./lib/database";

const usage = "Usage: npm run admin:create -- <email> [--password <password>]";

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { password: { type: "string" } } });
  } catch (error) {
    fail((error as Error).message);
  }
})();
if (positionals.length !== 1) fail("Give exactly one email.");

// The sign-up rules, so the admin can sign in through the same form as everyone else.
const email = signUpSchema.shape.email.safeParse(positionals[0]);
if (!email.success) fail(email.error.issues[0].message);
const password = signUpSchema.shape.password.safeParse(values.password ?? randomBytes(18).toString("base64url"));
if (!password.success) fail(password.error.issues[0].message);
// better-auth stores emails lower-cased and looks them up that way.
const address = email.data.toLowerCase();

await withDatabase(async (url) => {
  // lib/db/client reads DATABASE_URL when it is first imported.
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db/client");
  try {
    const hash = await hashPassword(password.data);
    const user = await db.user.findUnique({ where: { email: address }, select: { id: true, role: true } });
    if (user) {
      const roles = new Set(
        user.role
          .split(",")
          .map((role) => role.trim())
          .filter(Boolean),
      );
      roles.delete("user");
      roles.add("admin");
      await db.user.update({ where: { id: user.id }, data: { role: [...roles].join(",") } });
      if (values.password !== undefined) {
        const credential = await db.account.findFirst({ where: { userId: user.id, providerId: "credential" }, select: { id: true } });
        if (credential) await db.account.update({ where: { id: credential.id }, data: { password: hash } });
        else await db.account.create({ data: { id: randomUUID(), userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
      }
      console.log(`${address} is now a platform admin${values.password !== undefined ? ", with the given password" : ""}.`);
      return;
    }
    const id = randomUUID();
    await db.user.create({
      data: {
        id,
        name: address.split("@")[0],
        email: address,
        emailVerified: true, // vouched for by whoever runs this on the server
        role: "admin",
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: hash } },
      },
    });
    console.log(`Created platform admin ${address}.`);
    if (values.password === undefined)
      console.log(`Password: ${password.data}\nIt is shown only this once. To change it later, use "Forgot your password?" on the sign-in page.`);
  } finally {
    await db.$disconnect();
  }
});
