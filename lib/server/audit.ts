import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId?: string | null;
  actorLabel?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  /** Never passwords, keys or resume text. */
  metadata?: Prisma.InputJsonValue;
  ip?: string | null;
  requestId?: string | null;
};

export async function writeAuditLog(db: PrismaClient | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      metadata: entry.metadata,
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
    },
  });
}
