import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePageUser(AREA_ROLES.administration);
  const keys = await getDb().apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  return (
    <>
      <PageHeader title="API keys" description="Keys for integrations; the full key is shown once when it is created." />
      {keys.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">No API keys have been created.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {keys.map((key) => (
            <li key={key.id} className="flex flex-wrap gap-4 px-4 py-2">
              <span className="font-medium">{key.name}</span>
              <code>{key.prefix}…</code>
              <span>{key.scopes.join(", ")}</span>
              <span>{key.user.email}</span>
              <span>{key.revokedAt ? "Revoked" : "Active"}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
