import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditLogQuery } from "@/lib/schemas/api-v1";
import { decodeCursor, encodeCursor, isTimeIdCursor } from "@/lib/server/api-v1/cursor";

export type AuditLogEntry = {
  id: string;
  createdAt: string;
  action: string;
  actor: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  metadata: unknown;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The audit log newest first, keyset-paginated, filtered by action (exact, or a
 * prefix ending in "." such as "api_key."), actor (email, user id or label
 * substring) and a date range (UTC days, inclusive).
 */
export async function listAuditLog(options: {
  db: PrismaClient;
  query: AuditLogQuery;
}): Promise<{ items: AuditLogEntry[]; nextCursor: string | null }> {
  const { db, query } = options;
  const and: Prisma.AuditLogWhereInput[] = [];
  if (query.action) and.push(query.action.endsWith(".") ? { action: { startsWith: query.action } } : { action: query.action });
  if (query.actor) {
    and.push({
      OR: [
        { actorId: query.actor },
        { actor: { email: { contains: query.actor, mode: "insensitive" } } },
        { actorLabel: { contains: query.actor, mode: "insensitive" } },
      ],
    });
  }
  if (query.from) and.push({ createdAt: { gte: new Date(`${query.from}T00:00:00.000Z`) } });
  if (query.to) and.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + DAY_MS) } });
  if (query.cursor) {
    const { t, i } = decodeCursor(query.cursor, isTimeIdCursor);
    const at = new Date(t);
    and.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: i } }] });
  }
  const rows = await db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      actorLabel: true,
      targetType: true,
      targetId: true,
      ip: true,
      requestId: true,
      metadata: true,
      actor: { select: { email: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      actor: [row.actor?.email, row.actorLabel].filter(Boolean).join(" via ") || null,
      targetType: row.targetType,
      targetId: row.targetId,
      ip: row.ip,
      requestId: row.requestId,
      metadata: row.metadata,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ t: last.createdAt.toISOString(), i: last.id }) : null,
  };
}
