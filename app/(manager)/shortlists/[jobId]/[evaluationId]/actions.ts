"use server";

import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { eraseCandidateBodySchema } from "@/lib/schemas/resumes";
import { authorizedAction, sessionActor } from "@/lib/server/http/server-action";
import { eraseResume } from "@/lib/server/privacy/erase-resume";
import { getStorage } from "@/lib/server/storage/get-storage";

/** Erases the candidate behind a resume across all jobs (file, text, profile, evaluations, decisions); audited without personal data. */
export const eraseCandidateAction = authorizedAction(
  { schema: eraseCandidateBodySchema, roles: AREA_ROLES.recruiting },
  async ({ resumeId }, user) =>
    eraseResume({
      db: getDb(),
      storage: getStorage(),
      actor: await sessionActor(user),
      resumeId,
    }),
);
