import Link from "next/link";
import type { ReactNode } from "react";
import { HeaderMenu } from "@/components/header-menu";
import { ROLE_LABELS, type Role } from "@/lib/schemas/auth";
import { PASSWORD_CHANGE_PATH } from "@/lib/schemas/access";

/** The signed-in user as the shell shows it. */
type ShellUser = { name: string; role: Role; mustChangePassword: boolean };

export const NAV_BY_ROLE: Record<Role, { href: string; label: string }[]> = {
  recruiter: [
    { href: "/jobs", label: "Jobs" },
    { href: "/upload", label: "Upload" },
    { href: "/shortlists", label: "Shortlists" },
    { href: "/candidates", label: "Candidates" },
  ],
  hiring_manager: [{ href: "/shortlists", label: "Shortlists" }],
  admin: [
    { href: "/admin/ops", label: "Ops" },
    { href: "/admin/users", label: "Users" },
    { href: "/admin/api-keys", label: "API keys" },
    { href: "/admin/audit", label: "Audit log" },
    { href: "/jobs", label: "Jobs" },
    { href: "/shortlists", label: "Shortlists" },
    { href: "/candidates", label: "Candidates" },
  ],
};

/** While an admin-reset password is unchanged the shell offers no navigation: only the password change and sign-out work. */
export function AppShell({
  user,
  signOutAction,
  children,
}: {
  user: ShellUser;
  /** The sign-out server action (app/(auth)/sign-in/actions.ts), passed by the layout. */
  signOutAction: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-700">
            resume-checker
          </Link>
          <HeaderMenu>
            {user.mustChangePassword ? null : (
              <nav aria-label="Main" className="flex flex-col gap-1 sm:flex-row sm:flex-wrap">
                {NAV_BY_ROLE[user.role].map((item) => (
                  <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                    {item.label}
                  </Link>
                ))}
              </nav>
            )}
            <div className="flex flex-col items-start gap-1 border-t border-slate-100 pt-2 text-sm sm:ml-auto sm:flex-row sm:items-center sm:gap-3 sm:border-0 sm:pt-0">
              <span className="text-slate-600" data-testid="current-user">
                {user.name} · {ROLE_LABELS[user.role]}
              </span>
              {user.mustChangePassword ? null : (
                <Link href="/account/api-keys" className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100">
                  My API keys
                </Link>
              )}
              <Link href={PASSWORD_CHANGE_PATH} className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100">
                Change password
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100">
                  Sign out
                </button>
              </form>
            </div>
          </HeaderMenu>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </div>
  );
}
