import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const erasureMetadataSchema = z.object({ evaluationsDeleted: z.number().int(), decisionsDeleted: z.number().int() });

export type ErasureNotice = z.infer<typeof erasureMetadataSchema>;

/**
 * What an erasure by this user removed, read back from the audit log, for the
 * confirmation shown after it. Only the user who erased the resume gets an
 * answer, so a shared link cannot make up or reveal an erasure.
 */
export async function getErasureNotice(options: { db: PrismaClient; resumeId: string; actorId: string }): Promise<ErasureNotice | null> {
  const entry = await options.db.auditLog.findFirst({
    where: { action: "resume.erased", targetType: "resume", targetId: options.resumeId, actorId: options.actorId },
    orderBy: { createdAt: "desc" },
    select: { metadata: true },
  });
  if (!entry) return null;
  const metadata = erasureMetadataSchema.safeParse(entry.metadata);
  return metadata.success ? metadata.data : null;
}
