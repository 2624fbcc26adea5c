import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/sign-in/actions";
import { AppShell } from "@/components/app-shell";
import { AREA_ROLES, type Area } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";

/** Shell for an audience's route group; pages still check access themselves. */
export async function AreaLayout({ area, children }: { area: Area; children: ReactNode }) {
  const user = await requirePageUser(AREA_ROLES[area]);
  return (
    <AppShell user={user} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
