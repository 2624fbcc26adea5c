// Auth.js (next-auth v5): credentials sign-in, JWT sessions carrying the user id and role.
// Pages, actions and route handlers still re-check the user against the database
// (lib/server/auth/session.ts): the token alone never grants access.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getLogger } from "@/lib/server/observability/logger";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { type Role, roleSchema, signInBodySchema } from "@/lib/schemas/auth";
import { authenticateWithPassword } from "@/lib/server/auth/authenticate";
import { endSession } from "@/lib/server/auth/end-session";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  logger: {
    // A wrong password is an expected outcome (audited), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      getLogger().error({ err: error.message }, "auth error");
    },
  },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInBodySchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await authenticateWithPassword({
          db: getDb(),
          email: parsed.data.email,
          password: parsed.data.password,
          ip: clientIp(request.headers),
        });
        if (result.ok) return result.user;
        throw result.reason === "throttled" ? new ThrottledSignIn() : new InvalidCredentials();
      },
    }),
  ],
  events: {
    // Both the sign-out form and POST /api/auth/signout come here: the token is revoked, not just the cookie deleted.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sub === "string") await endSession({ db: getDb(), userId: token.sub, tokenVersion: token.sessionVersion });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        // A password change or reset bumps the row's version, which ends this session (lib/server/auth/session-user.ts).
        token.sessionVersion = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      const role = roleSchema.safeParse(token.role);
      if (token.sub && role.success) {
        session.user = { ...session.user, id: token.sub, role: role.data, email: session.user.email ?? "", name: session.user.name ?? "" };
      }
      return session;
    },
  },
}));
