"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { createBulkDecisionBodySchema, createDecisionBodySchema } from "@/lib/schemas/decisions";
import { createBulkDecisions, createDecision } from "@/lib/server/decisions/create-decision";
import { authorizedAction } from "@/lib/server/http/server-action";
import { BLIND_COOKIE } from "@/lib/server/shortlist/blind-review";

export const createDecisionAction = authorizedAction(
  { schema: createDecisionBodySchema, roles: AREA_ROLES.reviewing },
  async (body, user) => createDecision({ db: getDb(), body, reviewerId: user.id }),
);

/** One decision and note for the rows selected on the shortlist; each row is audited like a single decision. */
export const createBulkDecisionsAction = authorizedAction(
  { schema: createBulkDecisionBodySchema, roles: AREA_ROLES.reviewing },
  async (body, user) => createBulkDecisions({ db: getDb(), body, reviewerId: user.id }),
);

export const setBlindReviewAction = authorizedAction(
  { schema: z.object({ on: z.boolean() }), roles: AREA_ROLES.reviewing },
  async ({ on }) => {
    (await cookies()).set(BLIND_COOKIE, on ? "1" : "0", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    return { on };
  },
);
