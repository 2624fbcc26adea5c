"use server";

import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { purgeQueuedBodySchema, retryEvaluationsBodySchema } from "@/lib/schemas/ops";
import { authorizedAction, sessionActor } from "@/lib/server/http/server-action";
import { purgeQueuedEvaluations } from "@/lib/server/ops/purge-queued";
import { retryFailedEvaluations } from "@/lib/server/ops/retry-failed";
import { auditFields } from "@/lib/server/request-actor";

export const retryEvaluationsAction = authorizedAction(
  { schema: retryEvaluationsBodySchema, roles: AREA_ROLES.administration },
  async (body, user) => {
    const { retried } = await retryFailedEvaluations({ db: getDb(), target: body, audit: auditFields(await sessionActor(user)) });
    return { retried };
  },
);

export const purgeQueuedAction = authorizedAction({ schema: purgeQueuedBodySchema, roles: AREA_ROLES.administration }, async (body, user) =>
  purgeQueuedEvaluations({ db: getDb(), jobId: body.jobId, actorId: user.id }),
);
