import "server-only";
import { Prisma, type Subscriber } from "@/generated/prisma/client";
import { db, sqlColumns, readRaw } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { NUMBERED_KINDS } from "./numbering";

export const PARTY_COLUMNS = [
  "kind",
  "name",
  "shortName",
  "taxId",
  "legalAddress",
  "postalAddress",
  "iban",
  "bic",
  "bankName",
  "isVatPayer",
  "signatoryName",
  "signatoryPosition",
  "contractNumber",
  "contractDate",
] as const satisfies readonly (keyof Subscriber)[];

type TParties = { number: string; subscriber: Pick<Subscriber, (typeof PARTY_COLUMNS)[number]> };

// The account's number and its subscriber's requisites in one statement (the ORM's nested
// select would send two); the documents test compares getDocument's with the ORM's answer.
async function accountParties(accountId: string): Promise<TParties | null> {
  const rows = await readRaw<Array<TParties["subscriber"] & { accountNumber: string }>>(Prisma.sql`
    SELECT a."number" AS "accountNumber", ${sqlColumns("s", PARTY_COLUMNS)}
    FROM "Account" a JOIN "Subscriber" s ON s."id" = a."subscriberId"
    WHERE a."id" = ${accountId}`);
  if (!rows[0]) return null;
  const { accountNumber, ...subscriber } = rows[0];
  return { number: accountNumber, subscriber: { ...subscriber, isVatPayer: Boolean(subscriber.isVatPayer) } };
}

// One document of the caller's account with its lines and both parties' requisites: what
// the PDF is made of. The id alone never finds a document: the account is part of the
// where, so another account's id is answered exactly like an id that does not exist.
// Three statements, side by side: the document, its lines, the parties.
export async function getDocument(caller: TCaller, id: string) {
  assertCan(caller, "documents.read");
  const [document, account] = await Promise.all([
    db.document.findFirst({
      where: { id, accountId: caller.accountId, kind: { in: [...NUMBERED_KINDS] } },
      include: { lines: { orderBy: { position: "asc" } } },
    }),
    accountParties(caller.accountId),
  ]);
  if (!document || !account) throw new AppError("NOT_FOUND", "notFound");
  return { ...document, account };
}

export type TDocumentWithParties = Awaited<ReturnType<typeof getDocument>>;
