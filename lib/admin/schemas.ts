// What the console's forms send, checked by the same schemas in the browser and on the server.
import { z } from "zod";
import { inviteSchema } from "@/lib/shops/schemas";

export const adminRoleSchema = z.object({
  email: inviteSchema.shape.email,
  role: z.enum(["admin", "moderator", "none"], "Choose a role"),
});
