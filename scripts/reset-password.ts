// `npm run reset-password -- EMAIL`: the operator's way back in when no admin can
// sign in (the only admin forgot their password). Needs shell access to the
// server and its database, like the other operations scripts. Prints a temporary
// password once; the user must choose a new one at the next sign-in, and every
// session of theirs ends. Audited as user.password_reset by script:reset-password.
import { z } from "zod";
import { requestIdOrNew } from "../lib/server/observability/request-context";
import { resetUserPassword } from "../lib/server/users/account-passwords";
import { withDevelopmentDatabase } from "./lib/database";
import { createScriptPrismaClient } from "./lib/prisma-client";

const email = z.email().safeParse(process.argv[2]?.trim().toLowerCase());
if (!email.success) {
  console.error("Usage: npm run reset-password -- EMAIL");
  process.exit(2);
}

withDevelopmentDatabase(async (url) => {
  const db = createScriptPrismaClient(url);
  try {
    const user = await db.user.findFirst({
      where: { email: { equals: email.data, mode: "insensitive" } },
      select: { id: true, role: true, active: true },
    });
    if (!user) throw new Error(`No user with the email ${email.data}. Check the address (Admin → Users lists them).`);
    const { temporaryPassword } = await resetUserPassword({
      db,
      userId: user.id,
      operator: "script:reset-password",
      requestId: requestIdOrNew("script-reset-password"),
    });
    console.log(`Temporary password for ${email.data} (${user.role}): ${temporaryPassword}`);
    console.log("It is shown only now. At the next sign-in they must choose a new password; their other sessions have ended.");
    if (!user.active) console.log("Note: this account is deactivated. An admin must reactivate it before it can sign in.");
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
