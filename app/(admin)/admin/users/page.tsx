import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/users/list-users";
import { setUserActiveAction } from "./actions";
import { CreateUserForm, ResetPasswordButton, RoleSelect } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser(AREA_ROLES.administration);
  const users = await listUsers({ db: getDb() });
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and with which role. Changes take effect on the user's next request. A forgotten password is reset here: the user gets a temporary one to replace at sign-in."
      />
      <div className="space-y-6">
        <Card title="Add a user">
          <CreateUserForm />
        </Card>
        <Table caption="Users">
          <THead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Status</Th>
              <Th>Last sign-in</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <TBody>
            {users.map((user) => (
              <tr key={user.id}>
                <Td className="font-medium">{user.name}</Td>
                <Td label="Email">{user.email}</Td>
                <Td label="Role">
                  {user.id === me.id ? <span>Admin (you)</span> : <RoleSelect userId={user.id} role={user.role} name={user.name} />}
                </Td>
                <Td label="Status">{user.active ? <Badge tone="high">Active</Badge> : <Badge>Deactivated</Badge>}</Td>
                <Td label="Last sign-in" className="whitespace-nowrap text-slate-600">
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}
                </Td>
                <Td>
                  {user.id === me.id ? null : (
                    <div className="flex flex-wrap items-start gap-2">
                      {user.active ? (
                        <ActionButton
                          action={setUserActiveAction}
                          input={{ userId: user.id, active: false }}
                          label="Deactivate"
                          variant="danger"
                          confirmText={`Deactivate ${user.name}? They are signed out at once.`}
                        />
                      ) : (
                        <ActionButton action={setUserActiveAction} input={{ userId: user.id, active: true }} label="Reactivate" />
                      )}
                      <ResetPasswordButton userId={user.id} name={user.name} />
                    </div>
                  )}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
