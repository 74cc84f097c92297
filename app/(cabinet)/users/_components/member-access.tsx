"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { setMemberStatusAction } from "@/lib/actions/set-member-status";
import { removeMemberAction } from "@/lib/actions/remove-member";
import { resendInvitationAction } from "@/lib/actions/resend-invitation";
import { useActionButton } from "@/components/forms/use-action-button";

type TProps = { accountId: string; userId: string; name: string; status: "ACTIVE" | "SUSPENDED" | "PENDING" | "BLOCKED"; isSuspended: boolean };

// Suspend or restore, resend the invitation, remove from the cabinet (asked twice).
export function MemberAccess({ accountId, userId, name, status, isSuspended }: TProps) {
  const t = useTranslations("users.member");
  const router = useRouter();
  const { run, isPending, error, message } = useActionButton();
  const [isConfirming, setConfirming] = useState(false);
  const ref = { accountId, userId };

  return (
    <div className="space-y-4">
      <FormError message={error} />
      {message && <Alert tone="success">{message}</Alert>}

      {status === "PENDING" && (
        <Card>
          <h2 className="font-semibold">{t("invitationTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("invitationText")}</p>
          <Button
            variant="secondary"
            className="mt-3"
            data-testid="resend-invitation"
            isLoading={isPending}
            onClick={() => run(() => resendInvitationAction(ref), (data) => t("resent", { email: data.email }))}
          >
            {t("resend")}
          </Button>
        </Card>
      )}

      <Card>
        <h2 className="font-semibold">{t("accessTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("suspendText")}</p>
        <Button
          variant="secondary"
          className="mt-3"
          data-testid={isSuspended ? "restore-member" : "suspend-member"}
          isLoading={isPending}
          onClick={() =>
            run(
              () => setMemberStatusAction({ ...ref, status: isSuspended ? "ACTIVE" : "SUSPENDED" }),
              (data) => (data.status === "ACTIVE" ? t("restored") : t("suspended")),
            )
          }
        >
          {isSuspended ? t("restore") : t("suspend")}
        </Button>
      </Card>

      <Card className="ring-red-200">
        <h2 className="font-semibold text-red-700">{t("removeTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("removeText")}</p>
        {!isConfirming ? (
          <Button variant="danger" className="mt-3" data-testid="remove-member" onClick={() => setConfirming(true)}>
            {t("remove")}
          </Button>
        ) : (
          <div className="mt-3 space-y-3 rounded-lg bg-red-50 p-3" role="group" aria-label={t("removeTitle")}>
            <p className="text-sm font-medium text-red-800">{t("removeConfirm", { name })}</p>
            <div className="flex flex-wrap gap-2">
              <Button
                variant="danger"
                data-testid="confirm-remove"
                isLoading={isPending}
                onClick={() =>
                  run(
                    () => removeMemberAction(ref),
                    () => {
                      router.push("/users");
                      return t("removed");
                    },
                  )
                }
              >
                {t("confirm")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t("cancel")}
              </Button>
            </div>
          </div>
        )}
      </Card>
    </div>
  );
}
