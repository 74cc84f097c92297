import "server-only";
import { db } from "@/lib/db";
import { trilingual } from "./trilingual";
import { sendStaffMail } from "./send-staff-mail";

type TMailKey = Parameters<typeof sendStaffMail>[1];

// Tells an account's owners about something the provider did: a mail to each active owner
// (awaited: a contractual notice is never fire-and-forget) and a notice in the cabinet.
export async function notifyOwners(
  accountId: string,
  key: TMailKey,
  values: Record<string, string>,
  options: { url?: string; notice?: { kind: string; severity: string } } = {},
) {
  const owners = await db.membership.findMany({
    where: { accountId, role: "OWNER", status: "ACTIVE", user: { status: { in: ["ACTIVE", "PENDING"] } } },
    include: { user: { select: { email: true, name: true, locale: true } } },
  });
  if (options.notice) {
    const title = await trilingual("staff.mail", `${key}.heading`, values);
    const body = await trilingual("staff.mail", `${key}.text`, values);
    await db.notice.create({
      data: {
        audience: "ACCOUNT",
        accountId,
        kind: options.notice.kind,
        severity: options.notice.severity,
        titleRu: title.ru,
        titleKk: title.kk,
        titleEn: title.en,
        bodyRu: body.ru,
        bodyKk: body.kk,
        bodyEn: body.en,
      },
    });
  }
  for (const owner of owners) await sendStaffMail(owner.user, key, values, options.url ? { url: options.url } : undefined);
}
