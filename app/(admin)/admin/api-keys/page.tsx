import type { Metadata } from "next";
import { CreateApiKeyForm } from "@/components/api-key-form";
import { ApiKeyTable } from "@/components/api-key-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { newRequestId } from "@/lib/errors";
import { AREA_ROLES } from "@/lib/schemas/access";
import { listApiKeys } from "@/lib/server/api-keys/manage-api-keys";
import { requirePageUser } from "@/lib/server/auth/session";
import { createApiKeyAction, revokeApiKeyAction, rotateApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const me = await requirePageUser(AREA_ROLES.administration);
  const db = getDb();
  const [keys, users] = await Promise.all([
    listApiKeys({ db, actor: { user: me, apiKey: null, ip: null, requestId: newRequestId() } }),
    db.user.findMany({ where: { active: true }, orderBy: { email: "asc" }, select: { id: true, email: true, role: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for integrations (Authorization: Bearer rc_live_…). The full key is shown once; only a hash is stored. A leaked key: check its last use, rotate, then revoke the old one."
      />
      <div className="space-y-6">
        <Card title="Create a key">
          <CreateApiKeyForm create={createApiKeyAction} role={me.role} owners={{ users, currentUserId: me.id }} />
        </Card>
        <ApiKeyTable
          keys={keys}
          emptyText="No API keys have been created."
          showOwner
          rotate={rotateApiKeyAction}
          revoke={revokeApiKeyAction}
        />
      </div>
    </>
  );
}
