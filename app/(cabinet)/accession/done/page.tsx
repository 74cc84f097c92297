import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAuth } from "@/lib/auth/guards";
import { buttonClass } from "@/components/ui/button-class";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { getAccessionDraft } from "@/lib/server/accession/get-accession-draft";
import { getOwnContract } from "@/lib/server/accession/get-own-contract";

// After the acceptance: the contract, the account and the statement of accession. The
// contract mail links here too. Only the person's own completed draft, and only while
// they own the cabinet it created.
export default async function AccessionDonePage() {
  const auth = await requireAuth();
  const draft = await getAccessionDraft(auth.user.id);
  if (!draft?.completedAt || !draft.subscriberId) redirect("/accession");
  const t = await getTranslations("accession.done");
  const format = await getFormatter();
  const contract = await getOwnContract(auth.user.id, draft.subscriberId);
  return (
    <>
      <PageHeader title={t("title")} />
      <Card className="space-y-4">
        {contract ? (
          <>
            <p data-testid="accession-done">
              {t("text", {
                number: contract.contractNumber,
                date: format.dateTime(contract.contractDate, { dateStyle: "long" }),
                account: contract.accountNumber,
              })}
            </p>
            <div className="flex flex-col gap-3 sm:flex-row">
              <Link href="/dashboard" className={buttonClass("primary")}>
                {t("toCabinet")}
              </Link>
              <a href={`/api/accession/${draft.subscriberId}/statement`} className={buttonClass("secondary")}>
                {t("statement")}
              </a>
            </div>
          </>
        ) : (
          <Alert tone="warning">{t("noAccess")}</Alert>
        )}
      </Card>
    </>
  );
}
