"use server";
// Server actions for accounts (the session is read from the request here, in app/). Only
// actions live here: every export is a public endpoint.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";

/** Ends the caller's own session, the one named by its cookie; there is no one else's it could end. */
export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
