"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { setMemberStatusAction } from "@/lib/actions/set-member-status";
import { resendInvitationAction } from "@/lib/actions/resend-invitation";
import { useActionButton } from "@/components/forms/use-action-button";
import { RemoveMemberForm, SuspendMemberForm } from "./member-confirm-forms";

type TProps = { accountId: string; userId: string; name: string; status: "ACTIVE" | "SUSPENDED" | "PENDING" | "BLOCKED"; isSuspended: boolean };

// Suspend or restore, resend the invitation, remove from the cabinet. Suspending and
// removing are confirmed with their consequences and the owner's reason.
export function MemberAccess({ accountId, userId, name, status, isSuspended }: TProps) {
  const t = useTranslations("users.member");
  const { run, isPending, error, message } = useActionButton();
  const [notice, setNotice] = useState<string | null>(null);
  const ref = { accountId, userId };

  return (
    <div className="space-y-4">
      <FormError message={error} />
      {(notice ?? message) && <Alert tone="success">{notice ?? message}</Alert>}

      {status === "PENDING" && (
        <Card>
          <h2 className="font-semibold">{t("invitationTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("invitationText")}</p>
          <Button
            variant="secondary"
            className="mt-3"
            data-testid="resend-invitation"
            isLoading={isPending}
            onClick={() => {
              setNotice(null);
              run(() => resendInvitationAction(ref), (data) => t("resent", { email: data.email }));
            }}
          >
            {t("resend")}
          </Button>
        </Card>
      )}

      <Card>
        <h2 className="font-semibold">{t("accessTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("suspendText")}</p>
        {isSuspended ? (
          <Button
            variant="secondary"
            className="mt-3"
            data-testid="restore-member"
            isLoading={isPending}
            onClick={() => {
              setNotice(null);
              run(() => setMemberStatusAction({ ...ref, status: "ACTIVE" }), () => t("restored"));
            }}
          >
            {t("restore")}
          </Button>
        ) : (
          <SuspendMemberForm {...ref} name={name} onSuspended={() => setNotice(t("suspended"))} />
        )}
      </Card>

      <Card className="ring-red-200">
        <h2 className="font-semibold text-red-700">{t("removeTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("removeText")}</p>
        <RemoveMemberForm {...ref} name={name} />
      </Card>
    </div>
  );
}
