import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/format";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { auditLogQuerySchema } from "@/lib/schemas/api-v1";
import { describeAuditEntry } from "@/lib/server/audit-log/describe-audit-entry";
import { describeAuditTargets } from "@/lib/server/audit-log/describe-audit-targets";
import { listAuditLog } from "@/lib/server/audit-log/list-audit-log";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one?.trim() ? one : undefined;
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser(AREA_ROLES.administration);
  const raw = await searchParams;
  const input = {
    action: first(raw.action),
    actor: first(raw.actor),
    from: first(raw.from),
    to: first(raw.to),
    cursor: first(raw.cursor),
    limit: "50",
  };
  const parsed = auditLogQuerySchema.safeParse(input);
  const db = getDb();
  const page = parsed.success ? await listAuditLog({ db, query: parsed.data }) : { items: [], nextCursor: null };
  const targetNames = await describeAuditTargets({ db, targets: page.items });
  const filters = new URLSearchParams(
    Object.entries({ action: input.action, actor: input.actor, from: input.from, to: input.to }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Sign-ins, user and role changes, API keys, uploads, erasures, exports, decisions and retries. Entries name who acted and what was touched — never passwords, keys or resume text."
      />
      <form method="get" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5">
        <Field label="Action" htmlFor="audit-action" hint="Exact, or a prefix ending in “.” (api_key.)">
          <Input id="audit-action" name="action" defaultValue={input.action} maxLength={100} placeholder="resume.erased" />
        </Field>
        <Field label="Actor" htmlFor="audit-actor" hint="Email, user id or key prefix">
          <Input id="audit-actor" name="actor" defaultValue={input.actor} maxLength={254} />
        </Field>
        <Field label="From" htmlFor="audit-from">
          <Input id="audit-from" name="from" type="date" defaultValue={input.from} />
        </Field>
        <Field label="To" htmlFor="audit-to">
          <Input id="audit-to" name="to" type="date" defaultValue={input.to} />
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit">Filter</Button>
          <Link href="/admin/audit" className={buttonClasses("ghost")}>
            Clear
          </Link>
        </div>
      </form>
      {!parsed.success ? (
        <p role="alert" className="mb-4 text-sm text-red-700">
          {parsed.error.issues[0]?.message ?? "The filters are not valid."}
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No audit entries match.
        </p>
      ) : (
        <Table caption="Audit log entries">
          <THead>
            <tr>
              <Th>Time</Th>
              <Th>Action</Th>
              <Th>Actor</Th>
              <Th>Target</Th>
              <Th>Details</Th>
              <Th>IP</Th>
            </tr>
          </THead>
          <TBody>
            {page.items.map((entry) => {
              const described = describeAuditEntry(entry, targetNames);
              return (
                <tr key={entry.id}>
                  <Td className="whitespace-nowrap font-medium">{formatDateTime(entry.createdAt)}</Td>
                  <Td label="Action">
                    <code className="text-xs">{entry.action}</code>
                  </Td>
                  <Td label="Actor">{entry.actor ?? "system"}</Td>
                  <Td label="Target" className="text-xs" data-testid="audit-target">
                    {described.target}
                  </Td>
                  <Td label="Details" className="max-w-md break-all font-mono text-xs text-slate-600">
                    {described.details}
                  </Td>
                  <Td label="IP" className="text-xs">
                    {entry.ip ?? "—"}
                  </Td>
                </tr>
              );
            })}
          </TBody>
        </Table>
      )}
      {page.nextCursor ? (
        <div className="mt-4">
          <Link
            className={buttonClasses("secondary")}
            href={`/admin/audit?${new URLSearchParams([...filters, ["cursor", page.nextCursor]]).toString()}`}
          >
            Older entries
          </Link>
        </div>
      ) : null}
    </>
  );
}
