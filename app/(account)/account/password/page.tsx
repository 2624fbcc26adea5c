import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/session";
import { ChangePasswordForm } from "./change-password-client";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await requirePageUser(undefined, { allowPasswordChangeRequired: true });
  return (
    <>
      <PageHeader
        title="Change password"
        description="Your other signed-in browsers are signed out when you change it; this one stays signed in."
      />
      <div className="max-w-md space-y-4">
        {user.mustChangePassword ? (
          <Alert tone="warning">
            An admin reset your password. Choose a new password to continue: until then, the rest of resume-checker is locked.
          </Alert>
        ) : null}
        <Card>
          <ChangePasswordForm forced={user.mustChangePassword} />
        </Card>
      </div>
    </>
  );
}
