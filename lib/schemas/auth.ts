import { z } from "zod";

export const roleSchema = z.enum(["admin", "recruiter", "hiring_manager"]);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
};

export const signInBodySchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
  callbackUrl: z.string().max(500).optional(),
});
export type SignInBody = z.infer<typeof signInBodySchema>;
