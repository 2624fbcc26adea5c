import { z } from "zod";
import { roleSchema } from "./auth";

export const createUserBodySchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role: roleSchema,
  password: z.string().min(12, "Use at least 12 characters for the password.").max(200),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const changeUserRoleBodySchema = z.object({ userId: z.string().min(1).max(64), role: roleSchema });
export const setUserActiveBodySchema = z.object({ userId: z.string().min(1).max(64), active: z.boolean() });
