"use server";

import { z } from "zod";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema, updateJobBodySchema } from "@/lib/schemas/jobs";
import { authorizedAction, sessionActor } from "@/lib/server/http/server-action";
import { editJob } from "@/lib/server/jobs/update-job";
import { countPastCandidates, findPastCandidates } from "@/lib/server/rediscovery/find-past-candidates";
import { reuploadFailedResume } from "@/lib/server/resumes/reupload-failed-resume";
import { auditFields } from "@/lib/server/request-actor";
import { getStorage } from "@/lib/server/storage/get-storage";

export const setJobStatusAction = authorizedAction(
  { schema: jobIdParamsSchema.extend({ status: z.enum(["open", "closed"]) }), roles: AREA_ROLES.recruiting },
  async ({ jobId, status }, user) => editJob({ db: getDb(), jobId, body: { status }, ...auditFields(await sessionActor(user)) }),
);

/** Saves edited requirements/weights; a change starts the background re-score of the job's evaluations. */
export const saveJobRequirementsAction = authorizedAction(
  { schema: z.object({ jobId: z.string().min(1).max(64), body: updateJobBodySchema }), roles: AREA_ROLES.recruiting },
  async ({ jobId, body }, user) => editJob({ db: getDb(), jobId, body, ...auditFields(await sessionActor(user)) }),
);

/** The same file again for a failed evaluation whose stored file is missing or unreadable; queues it again. */
export const reuploadFailedResumeAction = authorizedAction(
  {
    schema: z.object({
      jobId: z.string().min(1).max(64),
      evaluationId: z.string().min(1).max(64),
      file: z.instanceof(File, { message: "Choose the file to upload again." }),
    }),
    roles: AREA_ROLES.recruiting,
  },
  async ({ jobId, evaluationId, file }, user) =>
    reuploadFailedResume({
      db: getDb(),
      storage: getStorage(),
      jobId,
      evaluationId,
      bytes: new Uint8Array(await file.arrayBuffer()),
      maxFileBytes: getEnv().MAX_FILE_SIZE,
      actorId: user.id,
    }),
);

/** The confirmation's figure: how many stored resumes "Find matches among past candidates" would evaluate for this job. */
export const countPastCandidatesAction = authorizedAction(
  { schema: jobIdParamsSchema, roles: AREA_ROLES.recruiting },
  async ({ jobId }, user) =>
    countPastCandidates({ db: getDb(), jobId, retentionDays: getEnv().RETENTION_DAYS, actor: await sessionActor(user) }),
);

/** Queues an evaluation of this job for every stored resume not yet evaluated for it. */
export const findPastCandidatesAction = authorizedAction(
  { schema: jobIdParamsSchema, roles: AREA_ROLES.recruiting },
  async ({ jobId }, user) => {
    const { queued } = await findPastCandidates({
      db: getDb(),
      jobId,
      retentionDays: getEnv().RETENTION_DAYS,
      actor: await sessionActor(user),
    });
    return { queued };
  },
);
