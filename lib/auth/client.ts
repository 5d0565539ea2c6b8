// better-auth's browser client. No baseURL: it calls /api/auth on whatever origin served the page.
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
