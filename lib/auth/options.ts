import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/server/auth/authenticate";
import { SESSION_TTL_MS } from "./login-rules";
import { authSecret } from "@/lib/env";

// next-auth with credentials and JWT. The token carries only the id of a Session row;
// lib/auth/session.ts checks that row on every request, so ending it ends the session.
export const authOptions: NextAuthOptions = {
  secret: authSecret() || undefined,
  session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: {
        identifier: { type: "text" },
        password: { type: "password" },
        totp: { type: "text" },
      },
      async authorize(credentials, req) {
        const headers = new Headers();
        for (const [key, value] of Object.entries(req?.headers ?? {})) {
          if (typeof value === "string") headers.set(key, value);
        }
        const result = await authenticate(
          {
            identifier: credentials?.identifier ?? "",
            password: credentials?.password ?? "",
            totp: credentials?.totp || undefined,
          },
          headers,
        ).catch((error: unknown) => {
          // The database is down, say: the page is told only that, never the cause.
          console.error("[auth] sign-in failed", error);
          return { ok: false as const, error: "UNAVAILABLE" as const };
        });
        // next-auth turns a thrown error's message into the `error` the page reads.
        if (!result.ok) throw new Error(result.error);
        return { id: result.userId, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: token.sid, userId: token.sub };
    },
  },
};
