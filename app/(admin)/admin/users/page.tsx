import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { ROLE_LABELS } from "@/lib/schemas/auth";
import { requirePageUser } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePageUser(AREA_ROLES.administration);
  const users = await listUsers({ db: getDb() });
  return (
    <>
      <PageHeader title="Users" description="Who can sign in, and with which role." />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="px-4 py-2">Email</th>
              <th scope="col" className="px-4 py-2">Role</th>
              <th scope="col" className="px-4 py-2">Status</th>
              <th scope="col" className="px-4 py-2">Last sign-in</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-2 font-medium">{user.name}</td>
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">{ROLE_LABELS[user.role]}</td>
                <td className="px-4 py-2">{user.active ? "Active" : "Deactivated"}</td>
                <td className="px-4 py-2 text-slate-600">{user.lastLoginAt ? `${user.lastLoginAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
