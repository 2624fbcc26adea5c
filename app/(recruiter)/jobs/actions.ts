"use server";

import { z } from "zod";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema, updateJobBodySchema } from "@/lib/schemas/jobs";
import { authorizedAction } from "@/lib/server/http/server-action";
import { editJob, updateJob } from "@/lib/server/jobs/update-job";

export const setJobStatusAction = authorizedAction(
  { schema: jobIdParamsSchema.extend({ status: z.enum(["open", "closed"]) }), roles: AREA_ROLES.recruiting },
  async ({ jobId, status }, user) => updateJob({ db: getDb(), jobId, body: { status }, actorId: user.id }),
);

/** Saves edited requirements/weights; a change starts the background re-score of the job's evaluations. */
export const saveJobRequirementsAction = authorizedAction(
  { schema: z.object({ jobId: z.string().min(1).max(64), body: updateJobBodySchema }), roles: AREA_ROLES.recruiting },
  async ({ jobId, body }, user) => editJob({ db: getDb(), jobId, body, actorId: user.id }),
);
