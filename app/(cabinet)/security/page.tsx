import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAuth } from "@/lib/auth/guards";
import { getCabinet } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { listSessions } from "@/lib/server/security/list-sessions";
import { listLoginAttempts } from "@/lib/server/security/list-login-attempts";
import { getTotpStatus } from "@/lib/server/security/get-totp-status";
import { deviceLabel } from "@/lib/server/security/describe-device";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { displayIp } from "@/lib/display-ip";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { Table, Td, Th } from "@/components/ui/table";
import { SessionsList } from "./_components/sessions-list";
import { TotpPanel } from "./_components/totp-panel";
import { RequireTotpToggle } from "./_components/require-totp-toggle";

export async function generateMetadata() {
  const t = await getTranslations("security");
  return { title: t("title") };
}

const RESULT_TONES: Record<string, "success" | "danger" | "warning" | "neutral"> = {
  SUCCESS: "success",
  BAD_CREDENTIALS: "danger",
  BAD_TOTP: "danger",
  LOCKED: "warning",
  BLOCKED: "warning",
  THROTTLED: "warning",
};

// The security centre of every signed-in person, whether or not they belong to an account.
export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ setup?: string; history?: string }> }) {
  const auth = await requireAuth();
  const { history } = await searchParams;
  const historyPage = Math.max(1, Math.min(10_000, Number(history) || 1));
  const [t, tp, locale, cabinet, sessions, attempts, totp] = await Promise.all([
    getTranslations("security"),
    getTranslations("common.pagination"),
    getLocale(),
    getCabinet(),
    listSessions(auth),
    listLoginAttempts(auth, historyPage),
    getTotpStatus(auth),
  ]);
  const unknown = t("unknownDevice");
  const when = (d: Date) => formatAlmatyDateTime(d, locale);
  const ownerOf = cabinet?.caller && cabinet.current && can(cabinet.caller, "account.manage") ? cabinet.current : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {cabinet?.mustSetUpTotp && (
        <div className="mb-4" data-testid="totp-required">
          <Alert tone="warning" title={t("setupRequired.title")}>
            {t("setupRequired.text")}
          </Alert>
        </div>
      )}

      <div className="space-y-6">
        <Card id="totp">
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-semibold">{t("totp.title")}</h2>
            <span data-testid="totp-state">
              <Badge tone={totp.isEnabled ? "success" : "neutral"}>
                {totp.isEnabled && totp.enabledAt ? t("totp.on", { date: when(totp.enabledAt) }) : t("totp.off")}
              </Badge>
            </span>
          </div>
          <p className="mb-4 text-sm text-slate-600">{t("totp.description")}</p>
          {totp.isEnabled && <p className="mb-4 text-sm">{t("totp.codesLeft", { count: totp.codesLeft })}</p>}
          {totp.requiredBy.length > 0 && <p className="mb-4 text-sm text-slate-600">{t("totp.requiredBy", { accounts: totp.requiredBy.join(", ") })}</p>}
          <TotpPanel isEnabled={totp.isEnabled} canDisable={totp.requiredBy.length === 0} />
        </Card>

        {ownerOf && (
          <Card data-testid="require-totp">
            <h2 className="text-lg font-semibold">{t("policy.title")}</h2>
            <p className="mb-4 mt-1 text-sm text-slate-600">{t("policy.description", { account: ownerOf.account.number })}</p>
            <RequireTotpToggle accountId={ownerOf.accountId} isRequired={ownerOf.account.requireTotp} hasOwnTotp={totp.isEnabled} />
          </Card>
        )}

        <Card>
          <h2 className="text-lg font-semibold">{t("sessions.title")}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t("sessions.description")}</p>
          <SessionsList
            sessions={sessions.map((s) => ({
              id: s.id,
              device: deviceLabel(s.userAgent, unknown),
              ip: displayIp(s.ip) ?? "—",
              createdAt: when(s.createdAt),
              lastSeenAt: when(s.lastSeenAt),
              isCurrent: s.isCurrent,
            }))}
          />
        </Card>

        <Card id="history">
          <h2 className="text-lg font-semibold">{t("history.title")}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t("history.description")}</p>
          {attempts.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("history.empty")}</p>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t("history.time")}</Th>
                  <Th>{t("history.result")}</Th>
                  <Th>{t("history.ip")}</Th>
                  <Th>{t("history.device")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {attempts.rows.map((a) => (
                  <tr key={a.id} data-testid="login-attempt" data-result={a.result}>
                    <Td className="whitespace-nowrap">{when(a.createdAt)}</Td>
                    <Td>
                      <Badge tone={RESULT_TONES[a.result] ?? "neutral"}>
                        {t.has(`history.results.${a.result}` as never) ? t(`history.results.${a.result}` as never) : a.result}
                      </Badge>
                    </Td>
                    <Td className="whitespace-nowrap tabular-nums">{displayIp(a.ip)}</Td>
                    <Td>{deviceLabel(a.userAgent, unknown)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {attempts.pages > 1 && (
            <nav className="mt-4 flex items-center justify-between gap-2" aria-label={t("history.title")}>
              {historyPage > 1 ? (
                <Link className={buttonClass("secondary")} href={`/security?history=${historyPage - 1}#history`}>
                  {tp("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-slate-600">{tp("page", { page: historyPage, total: attempts.pages })}</span>
              {historyPage < attempts.pages ? (
                <Link className={buttonClass("secondary")} href={`/security?history=${historyPage + 1}#history`}>
                  {tp("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </Card>
      </div>
    </>
  );
}
