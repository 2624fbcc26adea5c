import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Target = { targetType: string | null; targetId: string | null };

/** Key of a target in the map `describeAuditTargets` returns. */
export function auditTargetKey(target: Target): string {
  return `${target.targetType}:${target.targetId}`;
}

function idsOf(targets: Target[], type: string): string[] {
  return [...new Set(targets.filter((t) => t.targetType === type && t.targetId).map((t) => t.targetId as string))];
}

/**
 * What each audited target is called today: the job's title, the resume's file name,
 * "file name — job title" for an evaluation, the user's email, the key's name. Targets
 * deleted since (an erased resume, say) have no entry: the page shows their id.
 */
export async function describeAuditTargets(options: { db: PrismaClient; targets: Target[] }): Promise<Map<string, string>> {
  const { db, targets } = options;
  const [jobs, resumes, evaluations, users, keys] = await Promise.all([
    db.job.findMany({ where: { id: { in: idsOf(targets, "job") } }, select: { id: true, title: true } }),
    db.resume.findMany({ where: { id: { in: idsOf(targets, "resume") } }, select: { id: true, originalName: true } }),
    db.evaluation.findMany({
      where: { id: { in: idsOf(targets, "evaluation") } },
      select: { id: true, resume: { select: { originalName: true } }, job: { select: { title: true } } },
    }),
    db.user.findMany({ where: { id: { in: idsOf(targets, "user") } }, select: { id: true, email: true } }),
    db.apiKey.findMany({ where: { id: { in: idsOf(targets, "api_key") } }, select: { id: true, name: true, prefix: true } }),
  ]);
  const names = new Map<string, string>();
  for (const job of jobs) names.set(`job:${job.id}`, `Job “${job.title}”`);
  for (const resume of resumes) names.set(`resume:${resume.id}`, `Resume ${resume.originalName}`);
  for (const evaluation of evaluations)
    names.set(`evaluation:${evaluation.id}`, `${evaluation.resume.originalName} for “${evaluation.job.title}”`);
  for (const user of users) names.set(`user:${user.id}`, `User ${user.email}`);
  for (const key of keys) names.set(`api_key:${key.id}`, `API key “${key.name}” (${key.prefix}…)`);
  return names;
}
