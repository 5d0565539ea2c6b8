// The one fake Next.js request every integration file shares (a setupFile of the integration
// project, so its mocks apply to every file): who is signed in, the browser's cookie jar and
// the tasks queued with after(). Only these request-bound pieces are faked; the access checks,
// the domain code and the database stay real. A file imports `session` from here and sets
// what it needs (`session.user = owner`); nothing is reset between tests unless the file does it.
import { vi } from "vitest";
import type { CurrentUser } from "@/app/_entry/session";

// A plain constant: the mock factories below run only when a file first imports a mocked module,
// after this module has run.
export const session = {
  user: null as CurrentUser | null,
  jar: new Map<string, string>(),
  // null: outside a request, as in scripts: after() throws, as Next's does, and callers run
  // the task at once. A list: inside one; tasks queue here until the test awaits them.
  after: null as Promise<unknown>[] | null,
};

// What next.config.ts's experimental.authInterrupts sets in the app: forbidden() answers the 403 page.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The same contract as app/_entry/session.ts, with the user taken from `session` instead of the cookie.
vi.mock("@/app/_entry/session", async () => {
  const { forbidden, redirect } = await import("next/navigation");
  const { isAdmin } = await import("@/lib/auth/user");
  const { canAdmin } = await import("@/lib/admin/roles");
  const { safeNextPath } = await import("@/lib/auth/next-path");
  const requireUser = async (nextPath: string) => session.user ?? redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(nextPath))}`);
  return {
    isAdmin,
    getCurrentUser: async () => session.user,
    requireUser,
    requireAdmin: async (nextPath = "/admin", permission: import("@/lib/admin/roles").AdminPermission = "console") => {
      const user = await requireUser(nextPath);
      if (!canAdmin(user.role, permission)) forbidden();
      return user;
    },
  };
});

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({
    get: (name: string) => (session.jar.has(name) ? { name, value: session.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void session.jar.set(name, value),
    delete: (name: string) => void session.jar.delete(name),
  }),
}));

// Outside a Next.js request: record cache expiries and router refreshes instead of failing on them.
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidateTag: vi.fn(), refresh: vi.fn() }));

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => {
    if (!session.after) throw new Error("after() was called outside a request scope");
    session.after.push(Promise.resolve().then(task));
  },
}));
