import { ActionButton } from "@/components/action-button";
import { RotateKeyButton } from "@/components/api-key-form";
import { formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import type { ApiKeySummary } from "@/lib/schemas/api-keys";

type Result<D> = { ok: true; data: D } | { ok: false; error: { message: string } };
type KeyAction<D> = (input: { keyId: string }) => Promise<Result<D>>;

const STATUS_TONE = { active: "high", expired: "medium", revoked: "danger" } as const;

/** API keys with last use, expiry and status; rotate and revoke (with confirmation) for keys not yet revoked. `showOwner` adds the owner column. */
export function ApiKeyTable({
  keys,
  emptyText,
  showOwner = false,
  rotate,
  revoke,
}: {
  keys: ApiKeySummary[];
  emptyText: string;
  showOwner?: boolean;
  rotate: KeyAction<{ secret: string }>;
  revoke: KeyAction<unknown>;
}) {
  if (keys.length === 0) return <EmptyState title={emptyText} />;
  return (
    <Table caption="API keys">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          {showOwner ? <Th>Owner</Th> : null}
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
            {showOwner ? <Td>{key.userEmail}</Td> : null}
            <Td>{key.scopes.join(", ")}</Td>
            <Td>
              <Badge tone={STATUS_TONE[key.status]}>{key.status}</Badge>
            </Td>
            <Td>
              {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never"}
              {key.lastUsedIp ? <span className="block text-xs text-slate-500">from {key.lastUsedIp}</span> : null}
            </Td>
            <Td>{key.expiresAt ? formatDateTime(key.expiresAt) : "never"}</Td>
            <Td>{formatDateTime(key.createdAt)}</Td>
            <Td className="whitespace-nowrap">
              {key.status === "revoked" ? null : (
                <span className="inline-flex gap-2">
                  <RotateKeyButton keyId={key.id} rotate={rotate} />
                  <ActionButton
                    action={revoke}
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
  );
}
