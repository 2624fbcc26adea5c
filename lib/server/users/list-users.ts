import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export function listUsers(options: { db: PrismaClient }) {
  return options.db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true },
  });
}
