import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit";
import { tokenSessionVersion } from "./session-user";

/**
 * Sign-out: a session is a signed token, so deleting the cookie alone leaves a copied
 * token valid until it expires. Bumping the user's session version revokes it (and
 * every other session of the user). Only a token that is still current can do so, so
 * an old, already revoked cookie cannot sign anyone out.
 */
export async function endSession(options: { db: PrismaClient; userId: string; tokenVersion: unknown }): Promise<boolean> {
  const { count } = await options.db.user.updateMany({
    where: { id: options.userId, sessionVersion: tokenSessionVersion(options.tokenVersion) },
    data: { sessionVersion: { increment: 1 } },
  });
  if (count > 0) await writeAuditLog(options.db, { action: "auth.signed_out", actorId: options.userId });
  return count > 0;
}
