"use server";

import { z } from "zod";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { apiKeyIdParamsSchema, createApiKeyBodySchema } from "@/lib/schemas/api-keys";
import { createApiKey, revokeApiKey, rotateApiKey } from "@/lib/server/api-keys/manage-api-keys";
import { authorizedAction, sessionActor } from "@/lib/server/http/server-action";

const createFormSchema = createApiKeyBodySchema.extend({ userId: z.string().min(1).max(64) });

export const createApiKeyAction = authorizedAction({ schema: createFormSchema, roles: AREA_ROLES.administration }, async (body, user) =>
  createApiKey({ db: getDb(), actor: await sessionActor(user), body }),
);

export const revokeApiKeyAction = authorizedAction(
  { schema: apiKeyIdParamsSchema, roles: AREA_ROLES.administration },
  async ({ keyId }, user) => revokeApiKey({ db: getDb(), actor: await sessionActor(user), keyId }),
);

export const rotateApiKeyAction = authorizedAction(
  { schema: apiKeyIdParamsSchema, roles: AREA_ROLES.administration },
  async ({ keyId }, user) => rotateApiKey({ db: getDb(), actor: await sessionActor(user), keyId }),
);
