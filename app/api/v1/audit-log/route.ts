import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { listAuditLog } from "@/lib/server/audit-log/list-audit-log";
import { v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.listAuditLog, async ({ query }) => Response.json(await listAuditLog({ db: getDb(), query })));
