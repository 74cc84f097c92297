import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { NUMBERED_KINDS } from "./numbering";

// One document of the caller's account with its lines and both parties' requisites: what
// the PDF is made of. The id alone never finds a document: the account is part of the
// where, so another account's id is answered exactly like an id that does not exist.
export async function getDocument(caller: TCaller, id: string) {
  assertCan(caller, "documents.read");
  const document = await db.document.findFirst({
    where: { id, accountId: caller.accountId, kind: { in: [...NUMBERED_KINDS] } },
    include: {
      lines: { orderBy: { position: "asc" } },
      account: {
        select: {
          number: true,
          subscriber: {
            select: {
              kind: true,
              name: true,
              shortName: true,
              taxId: true,
              legalAddress: true,
              postalAddress: true,
              iban: true,
              bic: true,
              bankName: true,
              isVatPayer: true,
              signatoryName: true,
              signatoryPosition: true,
              contractNumber: true,
              contractDate: true,
            },
          },
        },
      },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", "notFound");
  return document;
}

export type TDocumentWithParties = Awaited<ReturnType<typeof getDocument>>;
