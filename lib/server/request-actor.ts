import "server-only";
import type { SessionUser } from "@/lib/server/auth/session";

/** Who is making a request: the user, and the API key when one was used instead of a session. */
export type RequestActor = {
  user: SessionUser;
  apiKey: { id: string; prefix: string; scopes: string[] } | null;
  ip: string | null;
  requestId: string;
};

/** The audit fields for an actor: the user, labelled with the key prefix when a key acted (never the key itself). */
export function auditFields(actor: RequestActor): { actorId: string; actorLabel: string | null; ip: string | null; requestId: string } {
  return {
    actorId: actor.user.id,
    actorLabel: actor.apiKey ? `api-key:${actor.apiKey.prefix}` : null,
    ip: actor.ip,
    requestId: actor.requestId,
  };
}
