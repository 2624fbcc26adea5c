import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type ApiKeyScope, type ApiKeySummary, type CreateApiKeyBody, type CreatedApiKey, SCOPES_BY_ROLE } from "@/lib/schemas/api-keys";
import { writeAuditLog } from "@/lib/server/audit";
import { auditFields, type RequestActor } from "@/lib/server/request-actor";
import { apiKeyDisplayPrefix, generateApiKeyToken, hashApiKey } from "./api-key-token";
import { forgetCachedApiKeys } from "./authenticate-api-key";

const DAY_MS = 24 * 60 * 60 * 1000;

const keySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  userId: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  rotatedFromId: true,
  user: { select: { email: true, role: true } },
} satisfies Prisma.ApiKeySelect;

type KeyRow = Prisma.ApiKeyGetPayload<{ select: typeof keySelect }>;

function toSummary(row: KeyRow, now = new Date()): ApiKeySummary {
  const status = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    userId: row.userId,
    userEmail: row.user.email,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
    rotatedFromId: row.rotatedFromId,
    status,
  };
}

/**
 * Admins manage every key; everyone else only their own. `ownOnly` (the account
 * page's actions) limits admins to their own keys too. A key acting for an admin
 * needs the admin scope to manage keys (routes require it).
 */
function assertMayManage(actor: RequestActor, ownerId: string, ownOnly: boolean): void {
  if ((ownOnly || actor.user.role !== "admin") && actor.user.id !== ownerId)
    throw new AppError("NOT_FOUND", "This API key does not exist.");
}

async function findKey(db: PrismaClient, actor: RequestActor, keyId: string, ownOnly = false): Promise<KeyRow> {
  const row = await db.apiKey.findUnique({ where: { id: keyId }, select: keySelect });
  if (!row) throw new AppError("NOT_FOUND", "This API key does not exist.");
  assertMayManage(actor, row.userId, ownOnly);
  return row;
}

/** Keys the actor may see: all for admins (optionally one user's), otherwise their own. Newest first. */
export async function listApiKeys(options: { db: PrismaClient; actor: RequestActor; userId?: string }): Promise<ApiKeySummary[]> {
  const { db, actor } = options;
  const userId = actor.user.role === "admin" ? options.userId : actor.user.id;
  const rows = await db.apiKey.findMany({
    where: userId ? { userId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: keySelect,
    take: 500,
  });
  const now = new Date();
  return rows.map((row) => toSummary(row, now));
}

/**
 * Creates a key and returns it in full, this once. Admins may create keys for
 * any active user; others only for themselves. Scopes are limited by the
 * owner's role (SCOPES_BY_ROLE).
 */
export async function createApiKey(options: {
  db: PrismaClient;
  actor: RequestActor;
  body: CreateApiKeyBody;
  rotatedFromId?: string;
}): Promise<CreatedApiKey> {
  const { db, actor, body } = options;
  const ownerId = body.userId ?? actor.user.id;
  if (ownerId !== actor.user.id && actor.user.role !== "admin")
    throw new AppError("FORBIDDEN", "Only admins can create keys for other users.");
  const owner = await db.user.findUnique({ where: { id: ownerId }, select: { id: true, role: true, active: true } });
  if (!owner?.active) throw new AppError("NOT_FOUND", "This user does not exist or is deactivated.");
  const allowed = SCOPES_BY_ROLE[owner.role];
  const scopes = [...new Set(body.scopes)] as ApiKeyScope[];
  const refused = scopes.filter((scope) => !allowed.includes(scope));
  if (refused.length > 0)
    throw new AppError("FORBIDDEN", `A ${owner.role.replace("_", " ")} cannot hold a key with the ${refused.join(", ")} scope.`);

  const secret = generateApiKeyToken();
  const prefix = apiKeyDisplayPrefix(secret);
  const expiresAt = body.expiresInDays ? new Date(Date.now() + body.expiresInDays * DAY_MS) : null;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        name: body.name,
        prefix,
        hash: hashApiKey(secret),
        scopes,
        userId: ownerId,
        expiresAt,
        rotatedFromId: options.rotatedFromId ?? null,
      },
      select: keySelect,
    });
    await writeAuditLog(tx, {
      ...auditFields(actor),
      action: options.rotatedFromId ? "api_key.rotated" : "api_key.created",
      targetType: "api_key",
      targetId: created.id,
      metadata: {
        prefix,
        name: body.name,
        scopes,
        ownerId,
        expiresAt: expiresAt?.toISOString() ?? null,
        ...(options.rotatedFromId ? { rotatedFromId: options.rotatedFromId } : {}),
      },
    });
    return created;
  });
  return { apiKey: toSummary(row), secret };
}

/** Revokes a key at once (idempotent: revoking a revoked key changes nothing). */
export async function revokeApiKey(options: {
  db: PrismaClient;
  actor: RequestActor;
  keyId: string;
  /** Only the actor's own key, whatever their role. */
  ownOnly?: boolean;
}): Promise<ApiKeySummary> {
  const { db, actor } = options;
  const row = await findKey(db, actor, options.keyId, options.ownOnly);
  if (row.revokedAt) return toSummary(row);
  const updated = await db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.update({ where: { id: row.id }, data: { revokedAt: new Date() }, select: keySelect });
    await writeAuditLog(tx, {
      ...auditFields(actor),
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: row.id,
      metadata: { prefix: row.prefix, ownerId: row.userId },
    });
    return revoked;
  });
  forgetCachedApiKeys();
  return toSummary(updated);
}

/**
 * Issues a replacement key with the same owner, name and scopes. The old key
 * keeps working until it is revoked, so clients can switch without downtime.
 * An expiring key's replacement gets the same lifetime, counted from now.
 */
export async function rotateApiKey(options: {
  db: PrismaClient;
  actor: RequestActor;
  keyId: string;
  /** Only the actor's own key, whatever their role. */
  ownOnly?: boolean;
}): Promise<CreatedApiKey> {
  const { db, actor } = options;
  const row = await findKey(db, actor, options.keyId, options.ownOnly);
  if (row.revokedAt) throw new AppError("CONFLICT", "This key is revoked; create a new key instead.");
  const lifetimeDays = row.expiresAt ? Math.max(1, Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / DAY_MS)) : undefined;
  const scopes = row.scopes.filter((scope): scope is ApiKeyScope => scope === "read" || scope === "write" || scope === "admin");
  return createApiKey({
    db,
    actor,
    body: { name: row.name, scopes, userId: row.userId, expiresInDays: lifetimeDays },
    rotatedFromId: row.id,
  });
}
