import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit";
import { auditFields, type RequestActor } from "@/lib/server/request-actor";

/** Everything stored about one candidate (data-subject access request), as JSON. Audited, without the content. */
export async function exportCandidate(options: { db: PrismaClient; actor: RequestActor; resumeId: string }) {
  const { db, actor, resumeId } = options;
  const resume = await db.resume.findUnique({
    where: { id: resumeId },
    select: {
      id: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      text: true,
      hiddenText: true,
      profile: true,
      parseStatus: true,
      parseErrorCode: true,
      parseError: true,
      candidateName: true,
      candidateEmail: true,
      createdAt: true,
      updatedAt: true,
      evaluations: {
        select: {
          id: true,
          jobId: true,
          job: { select: { title: true } },
          status: true,
          score: true,
          verdict: true,
          breakdown: true,
          engineVersion: true,
          completedAt: true,
          decisions: {
            select: { id: true, decision: true, note: true, createdAt: true, reviewer: { select: { name: true } } },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  if (!resume) throw new AppError("NOT_FOUND", "This resume does not exist.");
  await writeAuditLog(db, { ...auditFields(actor), action: "resume.exported", targetType: "resume", targetId: resumeId });
  const { evaluations, ...resumeFields } = resume;
  return {
    exportedAt: new Date().toISOString(),
    resume: resumeFields,
    evaluations: evaluations.map(({ decisions: _decisions, job, ...evaluation }) => ({ ...evaluation, jobTitle: job.title })),
    decisions: evaluations.flatMap((evaluation) =>
      evaluation.decisions.map((decision) => ({ ...decision, evaluationId: evaluation.id, reviewer: decision.reviewer.name })),
    ),
  };
}
