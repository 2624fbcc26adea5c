import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/schemas/auth";
import type { CreateUserBody } from "@/lib/schemas/users";
import { writeAuditLog } from "@/lib/server/audit";
import { forgetCachedApiKeys } from "@/lib/server/api-keys/authenticate-api-key";
import { hashPassword } from "@/lib/server/auth/passwords";

type Actor = { actorId: string; requestId?: string };

export async function createUser(options: { db: PrismaClient; body: CreateUserBody } & Actor): Promise<{ id: string }> {
  const { db, body } = options;
  const passwordHash = await hashPassword(body.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: body.email, name: body.name, role: body.role, passwordHash },
        select: { id: true },
      });
      await writeAuditLog(tx, {
        actorId: options.actorId,
        action: "user.created",
        targetType: "user",
        targetId: user.id,
        metadata: { role: body.role },
        requestId: options.requestId ?? null,
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", "A user with this email already exists.");
    throw error;
  }
}

/** The last active admin can neither lose the role nor be deactivated: someone must be able to administer. */
async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
  if (!user) throw new AppError("NOT_FOUND", "This user does not exist.");
  if (user.role !== "admin" || !user.active) return;
  const admins = await tx.user.count({ where: { role: "admin", active: true } });
  if (admins <= 1) throw new AppError("CONFLICT", "This is the only active admin. Make someone else an admin first.");
}

export async function changeUserRole(options: { db: PrismaClient; userId: string; role: Role } & Actor): Promise<void> {
  await options.db.$transaction(async (tx) => {
    if (options.role !== "admin") await assertNotLastAdmin(tx, options.userId);
    const before = await tx.user.findUnique({ where: { id: options.userId }, select: { role: true } });
    if (!before) throw new AppError("NOT_FOUND", "This user does not exist.");
    await tx.user.update({ where: { id: options.userId }, data: { role: options.role } });
    await writeAuditLog(tx, {
      actorId: options.actorId,
      action: "user.role_changed",
      targetType: "user",
      targetId: options.userId,
      metadata: { from: before.role, to: options.role },
      requestId: options.requestId ?? null,
    });
  });
  // After the commit, so no request re-caches the old row in between.
  forgetCachedApiKeys();
}

export async function setUserActive(options: { db: PrismaClient; userId: string; active: boolean } & Actor): Promise<void> {
  if (!options.active && options.userId === options.actorId) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
  await options.db.$transaction(async (tx) => {
    if (!options.active) await assertNotLastAdmin(tx, options.userId);
    // A new session version either way: cookies from before a deactivation must not come back to life on reactivation.
    await tx.user.update({ where: { id: options.userId }, data: { active: options.active, sessionVersion: { increment: 1 } } });
    await writeAuditLog(tx, {
      actorId: options.actorId,
      action: options.active ? "user.reactivated" : "user.deactivated",
      targetType: "user",
      targetId: options.userId,
      requestId: options.requestId ?? null,
    });
  });
  // After the commit, so no request re-caches the old row in between.
  forgetCachedApiKeys();
}
