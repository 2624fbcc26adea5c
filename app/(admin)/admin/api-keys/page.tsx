import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { newRequestId } from "@/lib/errors";
import { AREA_ROLES } from "@/lib/schemas/access";
import { listApiKeys } from "@/lib/server/api-keys/manage-api-keys";
import { requirePageUser } from "@/lib/server/auth/session";
import { revokeApiKeyAction } from "./actions";
import { CreateApiKeyForm, RotateKeyButton } from "./api-keys-client";

export const metadata: Metadata = { title: "API keys" };

const STATUS_TONE = { active: "high", expired: "medium", revoked: "danger" } as const;

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
          <CreateApiKeyForm users={users} currentUserId={me.id} />
        </Card>
        {keys.length === 0 ? (
          <EmptyState title="No API keys have been created." />
        ) : (
          <Table caption="API keys">
            <THead>
              <tr>
                <Th>Name</Th>
                <Th>Key</Th>
                <Th>Owner</Th>
                <Th>Scopes</Th>
                <Th>Status</Th>
                <Th>Last used</Th>
                <Th>Expires</Th>
                <Th>Created</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </THead>
            <TBody>
              {keys.map((key) => (
                <tr key={key.id} data-testid={`api-key-${key.prefix}`}>
                  <Td className="font-medium">
                    {key.name}
                    {key.rotatedFromId ? <span className="block text-xs text-slate-500">replacement of an earlier key</span> : null}
                  </Td>
                  <Td>
                    <code className="font-mono text-xs">{key.prefix}…</code>
                  </Td>
                  <Td>{key.userEmail}</Td>
                  <Td>{key.scopes.join(", ")}</Td>
                  <Td>
                    <Badge tone={STATUS_TONE[key.status]}>{key.status}</Badge>
                  </Td>
                  <Td>
                    {formatDateTime(key.lastUsedAt)}
                    {key.lastUsedIp ? <span className="block text-xs text-slate-500">from {key.lastUsedIp}</span> : null}
                  </Td>
                  <Td>{key.expiresAt ? formatDateTime(key.expiresAt) : "never"}</Td>
                  <Td>{formatDateTime(key.createdAt)}</Td>
                  <Td className="whitespace-nowrap">
                    {key.status === "revoked" ? null : (
                      <span className="inline-flex gap-2">
                        <RotateKeyButton keyId={key.id} />
                        <ActionButton
                          action={revokeApiKeyAction}
                          input={{ keyId: key.id }}
                          label="Revoke"
                          variant="danger"
                          confirmText={`Revoke “${key.name}” now? Clients using it get 401 at once.`}
                        />
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </>
  );
}
