import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/schemas/auth";
import { hashPassword } from "@/lib/server/auth/passwords";

export const DEMO_USERS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin", password: "admin-demo-password" },
  { email: "recruiter@example.com", name: "Riley Recruiter", role: "recruiter", password: "recruiter-demo-password" },
  { email: "manager@example.com", name: "Morgan Manager", role: "hiring_manager", password: "manager-demo-password" },
];

/** Creates the demo accounts when the database has no users at all; returns whether it did. */
export async function seedDemoUsersIfEmpty(options: { db: PrismaClient }): Promise<boolean> {
  const { db } = options;
  if ((await db.user.count()) > 0) return false;
  const rows = await Promise.all(
    DEMO_USERS.map(async (user) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash: await hashPassword(user.password),
    })),
  );
  await db.user.createMany({ data: rows, skipDuplicates: true });
  return true;
}
