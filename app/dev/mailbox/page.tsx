import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/server/auth/format-date-time";
import { readOutbox } from "@/lib/server/auth/read-outbox";
import { buttonClass } from "@/components/ui/button-class";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { MailText } from "./mail-text";

export const metadata = { title: "Dev mailbox", robots: { index: false } };

const LIMIT = 100;

// What the cabinet would have mailed, for development and the demo; readOutbox decides who
// may read it (404 for everyone else). A message's HTML is shown in a sandboxed frame (no
// scripts, no navigation, the page's CSP inherited), its text with clickable links beside it.
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string; id?: string }> }) {
  const { to, id } = await searchParams;
  const [t, locale, outbox] = await Promise.all([getTranslations("emails.mailbox"), getLocale(), readOutbox({ to, id, take: LIMIT })]);
  if (!outbox) notFound();
  const { emails, selected } = outbox;
  const query = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    return search.size ? `/dev/mailbox?${search}` : "/dev/mailbox";
  };

  return (
    <main id="main" className="mx-auto max-w-7xl space-y-6 px-4 py-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("description", { count: LIMIT })}</p>
      </div>
      <form method="get" action="/dev/mailbox" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="block flex-1 text-sm">
          <span className="font-medium text-slate-700">{t("filter")}</span>
          <input
            name="to"
            type="email"
            defaultValue={to}
            className="mt-1 block w-full min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("filterSubmit")}
        </button>
        {to && (
          <Link href="/dev/mailbox" className={buttonClass("ghost")}>
            {t("reset")}
          </Link>
        )}
      </form>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card>
          {emails.length === 0 ? (
            <EmptyState title={t("empty")} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t("when")}</Th>
                  <Th>{t("to")}</Th>
                  <Th>{t("subject")}</Th>
                  <Th>{t("template")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="mailbox-list">
                {emails.map((mail) => (
                  <tr key={mail.id} className={mail.id === selected?.id ? "bg-brand-50" : undefined}>
                    <Td className="whitespace-nowrap text-slate-500">{formatDateTime(mail.createdAt, locale)}</Td>
                    <Td className="break-all">{mail.to}</Td>
                    <Td>
                      <Link href={query({ to, id: mail.id })} className="text-brand-700 hover:underline">
                        {mail.subject}
                      </Link>
                    </Td>
                    <Td className="text-slate-500">{mail.template}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        {selected && (
          <Card className="space-y-4" data-testid="mailbox-message">
            <div className="text-sm">
              <p>
                <span className="text-slate-500">{t("to")}:</span> {selected.to}
              </p>
              <p className="font-semibold">{selected.subject}</p>
            </div>
            <div>
              <h2 className="text-sm font-medium text-slate-700">{t("text")}</h2>
              <MailText text={selected.text} />
            </div>
            <div>
              <h2 className="text-sm font-medium text-slate-700">{t("html")}</h2>
              <iframe
                title={selected.subject}
                sandbox=""
                srcDoc={selected.html}
                className="mt-2 h-[32rem] w-full rounded-lg border border-slate-200 bg-white"
              />
            </div>
            <Link href={query({ to })} className="text-sm text-brand-700 hover:underline">
              {t("back")}
            </Link>
          </Card>
        )}
      </div>
    </main>
  );
}
