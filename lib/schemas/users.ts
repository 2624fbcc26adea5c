import { z } from "zod";
import { roleSchema } from "./auth";

/** Every password a person chooses or is given: the same rule for new users and password changes. */
export const newPasswordSchema = z.string().min(12, "Use at least 12 characters for the password.").max(200, "Use at most 200 characters.");

export const createUserBodySchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const changeUserRoleBodySchema = z.object({ userId: z.string().min(1).max(64), role: roleSchema });
export const setUserActiveBodySchema = z.object({ userId: z.string().min(1).max(64), active: z.boolean() });

export const changeOwnPasswordBodySchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((body) => body.confirmPassword === body.newPassword, {
    path: ["confirmPassword"],
    message: "The confirmation does not match the new password. Type the same password twice.",
  })
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ["newPassword"],
    message: "Choose a new password that differs from the current one.",
  });
export type ChangeOwnPasswordBody = z.infer<typeof changeOwnPasswordBodySchema>;

export const resetUserPasswordBodySchema = z.object({ userId: z.string().min(1).max(64) });
