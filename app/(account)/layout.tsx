import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/sign-in/actions";
import { AppShell } from "@/components/app-shell";
import { requirePageUser } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

/** Pages about one's own account: every role, and the only area open while an admin-reset password is unchanged. */
export default async function Layout({ children }: { children: ReactNode }) {
  const user = await requirePageUser(undefined, { allowPasswordChangeRequired: true });
  return (
    <AppShell user={user} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
