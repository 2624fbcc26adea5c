"use server";

import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { clientIp } from "@/lib/request-ip";
import { roleSchema } from "@/lib/schemas/auth";
import { changeOwnPasswordBodySchema } from "@/lib/schemas/users";
import { HOME_BY_ROLE } from "@/lib/server/auth/session";
import { authorizedAction } from "@/lib/server/http/server-action";
import { changeOwnPassword } from "@/lib/server/users/account-passwords";

/**
 * Any signed-in user, also while an admin-reset password is unchanged (this action is
 * the way out). The change bumps the session version, which ends every session of
 * the user including this one; signing in again with the new password issues this
 * browser a fresh session cookie, so the user stays signed in here only.
 */
export const changeOwnPasswordAction = authorizedAction(
  { schema: changeOwnPasswordBodySchema, roles: roleSchema.options, allowPasswordChangeRequired: true },
  async (body, user) => {
    await changeOwnPassword({ db: getDb(), userId: user.id, body, ip: clientIp(await headers()) });
    await signIn("credentials", { email: user.email, password: body.newPassword, redirect: false });
    return { home: HOME_BY_ROLE[user.role] };
  },
);
