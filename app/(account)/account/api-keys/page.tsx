import type { Metadata } from "next";
import { CreateApiKeyForm } from "@/components/api-key-form";
import { ApiKeyTable } from "@/components/api-key-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { newRequestId } from "@/lib/errors";
import { listApiKeys } from "@/lib/server/api-keys/manage-api-keys";
import { requirePageUser } from "@/lib/server/auth/session";
import { createOwnApiKeyAction, revokeOwnApiKeyAction, rotateOwnApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "My API keys" };

/** Every role manages their own keys here; locked (redirect to the password change) while an admin-reset password is unchanged. */
export default async function OwnApiKeysPage() {
  const me = await requirePageUser();
  const keys = await listApiKeys({ db: getDb(), actor: { user: me, apiKey: null, ip: null, requestId: newRequestId() }, userId: me.id });
  return (
    <>
      <PageHeader
        title="My API keys"
        description="Keys for your integrations and scripts (Authorization: Bearer rc_live_…). A key acts as you and never exceeds your role. The full key is shown once; only a hash is stored. A leaked key: check its last use, rotate, then revoke the old one."
      />
      <div className="space-y-6">
        <Card title="Create a key">
          <CreateApiKeyForm create={createOwnApiKeyAction} role={me.role} />
        </Card>
        <ApiKeyTable keys={keys} emptyText="You have no API keys yet." rotate={rotateOwnApiKeyAction} revoke={revokeOwnApiKeyAction} />
      </div>
    </>
  );
}
