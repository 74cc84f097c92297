import "server-only";
import { getTranslations } from "next-intl/server";
import type { Tx } from "@/lib/db";
import { noticeTexts } from "@/lib/server/notices/notice-texts";

type TNoticeEvent = "answer" | "status";

// The cabinet's notice about a request (audience ACCOUNT, kind REQUEST) in the three
// languages, written in the same transaction as the message or the status change.
export async function createRequestNotice(
  tx: Tx,
  request: { id: string; number: string; subject: string; accountId: string },
  event: TNoticeEvent,
  status?: string,
): Promise<void> {
  const texts = await Promise.all(
    (["ru", "kk", "en"] as const).map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "requests" });
      const values = { number: request.number, subject: request.subject, status: status ? t(`status.${status}` as never) : "" };
      return { title: t(`notice.${event}.title` as never, values as never), body: t(`notice.${event}.body` as never, values as never) };
    }),
  );
  await tx.notice.create({
    data: {
      audience: "ACCOUNT",
      accountId: request.accountId,
      kind: "REQUEST",
      severity: "INFO",
      ...noticeTexts(texts),
    },
  });
}
