"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { newRequestId } from "@/lib/errors";
import { clientIp } from "@/lib/request-ip";
import { AREA_ROLES } from "@/lib/schemas/access";
import { apiKeyIdParamsSchema, createApiKeyBodySchema } from "@/lib/schemas/api-keys";
import { createApiKey, revokeApiKey, rotateApiKey } from "@/lib/server/api-keys/manage-api-keys";
import type { SessionUser } from "@/lib/server/auth/session";
import { authorizedAction } from "@/lib/server/http/server-action";
import type { RequestActor } from "@/lib/server/request-actor";

async function actorOf(user: SessionUser): Promise<RequestActor> {
  return { user, apiKey: null, ip: clientIp(await headers()), requestId: newRequestId() };
}

const createFormSchema = createApiKeyBodySchema.extend({ userId: z.string().min(1).max(64) });

export const createApiKeyAction = authorizedAction({ schema: createFormSchema, roles: AREA_ROLES.administration }, async (body, user) =>
  createApiKey({ db: getDb(), actor: await actorOf(user), body }),
);

export const revokeApiKeyAction = authorizedAction(
  { schema: apiKeyIdParamsSchema, roles: AREA_ROLES.administration },
  async ({ keyId }, user) => revokeApiKey({ db: getDb(), actor: await actorOf(user), keyId }),
);

export const rotateApiKeyAction = authorizedAction(
  { schema: apiKeyIdParamsSchema, roles: AREA_ROLES.administration },
  async ({ keyId }, user) => rotateApiKey({ db: getDb(), actor: await actorOf(user), keyId }),
);
