"use server";

import { getDb } from "@/lib/db";
import { apiKeyIdParamsSchema, createApiKeyBodySchema } from "@/lib/schemas/api-keys";
import { roleSchema } from "@/lib/schemas/auth";
import { createApiKey, revokeApiKey, rotateApiKey } from "@/lib/server/api-keys/manage-api-keys";
import { authorizedAction, sessionActor } from "@/lib/server/http/server-action";

/** A key for the signed-in user: no owner field (an unknown `userId` is dropped), scopes limited by their role in the use case. */
const createOwnKeySchema = createApiKeyBodySchema.omit({ userId: true });

export const createOwnApiKeyAction = authorizedAction({ schema: createOwnKeySchema, roles: roleSchema.options }, async (body, user) =>
  createApiKey({ db: getDb(), actor: await sessionActor(user), body }),
);

/** Any role, own keys only (admins too: other users' keys are managed under Admin → API keys). */
export const revokeOwnApiKeyAction = authorizedAction(
  { schema: apiKeyIdParamsSchema, roles: roleSchema.options },
  async ({ keyId }, user) => revokeApiKey({ db: getDb(), actor: await sessionActor(user), keyId, ownOnly: true }),
);

export const rotateOwnApiKeyAction = authorizedAction(
  { schema: apiKeyIdParamsSchema, roles: roleSchema.options },
  async ({ keyId }, user) => rotateApiKey({ db: getDb(), actor: await sessionActor(user), keyId, ownOnly: true }),
);
