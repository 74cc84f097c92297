import "server-only";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { getAuth, type TAuth } from "@/lib/auth/session";
import { can, parsePermissions, type TAnyPermission } from "@/lib/auth/permissions";
import type { TCaller } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { getRequestMeta, type TRequestMeta } from "@/lib/request-meta";
import { writeAudit, type TAuditEntry } from "@/lib/server/audit/write-audit";
import { recordDenied } from "@/lib/server/audit/record-denied";
import type { TLocale } from "@/lib/money";
import { markActionStarted } from "@/lib/action-call";

// The one way into every server action: validate the input with zod, load the session,
// load the caller's membership of the account the input names, refuse otherwise; the
// handler starts from a trusted ctx. Every mutation refuses while staff impersonate.

export type TActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string> };

type TAudit = (entry: Omit<TAuditEntry, "actorId" | "subjectUserId" | "impersonationId" | "meta">) => Promise<void>;

export type TPublicCtx = { meta: TRequestMeta; locale: TLocale };
export type TUserCtx = TPublicCtx & { auth: TAuth; audit: TAudit };
export type TAccountCtx = TUserCtx & {
  caller: TCaller;
  account: { id: string; status: string; billingMethod: string; creditLimit: number; requireTotp: boolean };
};
export type TStaffCtx = TUserCtx & { staffRole: "SUPPORT" | "ADMIN" };

type TOptions = { allowImpersonation?: boolean };

async function fail(error: unknown): Promise<TActionResult<never>> {
  const t = await getTranslations("errors");
  if (isAppError(error)) {
    const fieldErrors = error.fieldErrors
      ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, key]))
      : undefined;
    return { ok: false, code: error.code, error: t(error.messageKey as never, error.values as never), fieldErrors };
  }
  console.error("[action] unexpected failure", error);
  return { ok: false, code: "INTERNAL", error: t("generic") };
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join(".") || "root";
    fieldErrors[path] ??= issue.message;
  }
  throw new AppError("VALIDATION", "validation", { fieldErrors });
}

async function baseCtx(): Promise<TPublicCtx> {
  return { meta: await getRequestMeta(), locale: (await getLocale()) as TLocale };
}

function auditFor(auth: TAuth, meta: TRequestMeta): TAudit {
  return (entry) =>
    writeAudit({
      ...entry,
      actorId: auth.actor.id,
      subjectUserId: auth.impersonation ? auth.user.id : null,
      impersonationId: auth.impersonation?.id ?? null,
      meta,
    });
}

async function userCtx(options: TOptions): Promise<TUserCtx> {
  const ctx = await baseCtx();
  const auth = await getAuth();
  if (!auth) throw new AppError("UNAUTHENTICATED", "unauthenticated");
  const audit = auditFor(auth, ctx.meta);
  if (auth.impersonation && !options.allowImpersonation) {
    await audit({ accountId: auth.impersonation.accountId, action: "impersonation.mutation_refused", outcome: "DENIED" });
    throw new AppError("READ_ONLY", "readOnly");
  }
  return { ...ctx, auth, audit };
}

export function publicAction<S extends z.ZodType, R>(schema: S, handler: (input: z.output<S>, ctx: TPublicCtx) => Promise<R>) {
  return async (raw: z.input<S>): Promise<TActionResult<R>> => {
    markActionStarted();
    try {
      const input = parse(schema, raw);
      return { ok: true, data: await handler(input, await baseCtx()) };
    } catch (error) {
      return fail(error);
    }
  };
}

export function userAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>, ctx: TUserCtx) => Promise<R>,
  options: TOptions = {},
) {
  return async (raw: z.input<S>): Promise<TActionResult<R>> => {
    markActionStarted();
    try {
      const ctx = await userCtx(options);
      const input = parse(schema, raw);
      return { ok: true, data: await handler(input, ctx) };
    } catch (error) {
      return fail(error);
    }
  };
}

// The input must name `accountId`. `permission` null: any active member may call it.
// `requireActiveAccount`: refused while the account's services are suspended.
export function accountAction<S extends z.ZodType<{ accountId: string }>, R>(
  permission: TAnyPermission | null,
  schema: S,
  handler: (input: z.output<S>, ctx: TAccountCtx) => Promise<R>,
  options: TOptions & { requireActiveAccount?: boolean } = {},
) {
  return async (raw: z.input<S>): Promise<TActionResult<R>> => {
    markActionStarted();
    try {
      const ctx = await userCtx(options);
      const input = parse(schema, raw);
      const { auth } = ctx;
      const membership = await db.membership.findUnique({
        where: { userId_accountId: { userId: auth.user.id, accountId: input.accountId } },
        include: { account: { select: { id: true, status: true, billingMethod: true, creditLimit: true, requireTotp: true } } },
      });
      const deniedBy = { actorId: auth.actor.id, userId: auth.user.id, impersonationId: auth.impersonation?.id ?? null };
      if (
        !membership ||
        membership.status !== "ACTIVE" ||
        (auth.impersonation && auth.impersonation.accountId !== input.accountId)
      ) {
        // Naming an account one does not belong to is a break-in attempt: logged, and
        // answered like a missing account.
        await recordDenied({ ...deniedBy, accountId: null }, "account", { accountId: input.accountId, permission });
        throw new AppError("NOT_FOUND", "notFound");
      }
      const caller: TCaller = {
        ...deniedBy,
        accountId: membership.accountId,
        role: membership.role as TCaller["role"],
        permissions: parsePermissions(membership.permissions),
      };
      if (permission && !can(caller, permission)) {
        await recordDenied(caller, `action:${permission}`);
        throw new AppError("FORBIDDEN", "forbidden");
      }
      if (!READABLE_ACCOUNT_STATUSES.includes(membership.account.status)) throw new AppError("ACCOUNT_INACTIVE", "accountClosed");
      // The owner required two-factor sign-in: nothing in this account until it is set up.
      if (membership.account.requireTotp && !auth.user.totpEnabledAt && !auth.impersonation) {
        throw new AppError("FORBIDDEN", "totpRequired");
      }
      if (options.requireActiveAccount && membership.account.status !== "ACTIVE") {
        throw new AppError("ACCOUNT_INACTIVE", "accountSuspended");
      }
      return { ok: true, data: await handler(input, { ...ctx, caller, account: membership.account }) };
    } catch (error) {
      return fail(error);
    }
  };
}

export function staffAction<S extends z.ZodType, R>(
  role: "SUPPORT" | "ADMIN",
  schema: S,
  handler: (input: z.output<S>, ctx: TStaffCtx) => Promise<R>,
  options: TOptions = {},
) {
  return async (raw: z.input<S>): Promise<TActionResult<R>> => {
    markActionStarted();
    try {
      const ctx = await userCtx(options);
      const staffRole = ctx.auth.actor.staffRole as TStaffCtx["staffRole"] | null;
      if (!staffRole || (role === "ADMIN" && staffRole !== "ADMIN")) {
        await ctx.audit({ action: "access.denied", objectType: `staff:${role}`, outcome: "DENIED" });
        throw new AppError("FORBIDDEN", "forbidden");
      }
      const input = parse(schema, raw);
      return { ok: true, data: await handler(input, { ...ctx, staffRole }) };
    } catch (error) {
      return fail(error);
    }
  };
}
