"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Alert, Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { endSessionAction } from "@/lib/actions/end-session";
import { endOtherSessionsAction } from "@/lib/actions/end-other-sessions";
import { useActionButton } from "@/components/forms/use-action-button";

export type TSessionView = { id: string; device: string; ip: string; createdAt: string; lastSeenAt: string; isCurrent: boolean };

export function SessionsList({ sessions }: { sessions: TSessionView[] }) {
  const t = useTranslations("security.sessions");
  const { run, isPending, error, message } = useActionButton();
  const others = sessions.filter((s) => !s.isCurrent).length;
  return (
    <div className="space-y-3">
      <FormError message={error} />
      {message && <Alert tone="success">{message}</Alert>}
      <Table>
        <thead>
          <tr>
            <Th>{t("device")}</Th>
            <Th>{t("ip")}</Th>
            <Th>{t("created")}</Th>
            <Th>{t("lastSeen")}</Th>
            {/* relative: keeps the visually hidden label inside the table's scroll box at 360 px */}
            <Th className="relative">
              <span className="sr-only">{t("end")}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row" data-current={s.isCurrent || undefined}>
              <Td>
                <div className="font-medium">{s.device}</div>
                {s.isCurrent && <Badge tone="success">{t("thisDevice")}</Badge>}
              </Td>
              <Td className="whitespace-nowrap tabular-nums">{s.ip}</Td>
              <Td className="whitespace-nowrap">{s.createdAt}</Td>
              <Td className="whitespace-nowrap">{s.lastSeenAt}</Td>
              <Td>
                {!s.isCurrent && (
                  <Button
                    variant="secondary"
                    data-testid="end-session"
                    disabled={isPending}
                    onClick={() => run(() => endSessionAction({ sessionId: s.id }), () => t("ended"))}
                  >
                    {t("end")}
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {others > 0 ? (
        <Button
          variant="danger"
          data-testid="end-other-sessions"
          isLoading={isPending}
          onClick={() => run(() => endOtherSessionsAction({}), (data) => t("othersEnded", { count: data.count }))}
        >
          {t("endOthers")}
        </Button>
      ) : (
        <p className="text-sm text-slate-600">{t("onlyThis")}</p>
      )}
    </div>
  );
}
