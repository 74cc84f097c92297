import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractText } from "unpdf";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { renderAccessionStatement, type TStatementT } from "@/lib/pdf/accession-statement";
import { GET } from "@/app/api/accession/[subscriberId]/statement/route";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { seedAccessionReference, stepValues } from "@/test/accession";
import { translatorFor } from "@/test/translator";
import { acceptOffer } from "./accept-offer";
import { getCurrentOffer } from "./get-current-offer";
import { getAccessionStatement } from "./get-accession-statement";
import { saveAccessionStep } from "./save-accession-step";

let tariffs: Awaited<ReturnType<typeof seedAccessionReference>>;
beforeAll(async () => {
  tariffs = await seedAccessionReference();
});
beforeEach(() => actAs(null));

async function acceded(kind: "LEGAL" | "PERSON") {
  const user = await createUser();
  const values = stepValues(kind, tariffs);
  for (const step of ["kind", "requisites", "contacts", "services"] as const) await saveAccessionStep(user.id, step, values[step]);
  const offer = await getCurrentOffer();
  const result = await acceptOffer(user.id, { offerVersionId: offer!.id }, { ip: "10.9.8.7", userAgent: "vitest" });
  const caller: TCaller = { userId: user.id, actorId: user.id, accountId: result.accountId, role: "OWNER", permissions: [], impersonationId: null };
  return { user, values, result, caller };
}

const call = (subscriberId: string) => GET(new Request("http://localhost/x"), { params: Promise.resolve({ subscriberId }) });

describe("the statement of accession", () => {
  it("is the owner's only: a member, another owner or another subscriber's id gets nothing", async () => {
    const { result, caller, values } = await acceded("LEGAL");
    const statement = await getAccessionStatement(caller, result.subscriberId);
    expect(statement).toMatchObject({ subscriberId: result.subscriberId, billingMethod: "POSTPAID", requisites: { taxId: values.requisites.taxId } });

    const member = await addMember(result.accountId, ["documents.read", "finance.read"]);
    const memberCaller: TCaller = { ...caller, userId: member.id, actorId: member.id, role: "MEMBER", permissions: ["documents.read", "finance.read"] };
    await expect(getAccessionStatement(memberCaller, result.subscriberId)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const other = await createAccount();
    const otherCaller: TCaller = { ...caller, userId: other.owner.id, actorId: other.owner.id, accountId: other.account.id };
    expect(await getAccessionStatement(otherCaller, result.subscriberId)).toBeNull();
    // Its own subscriber was registered by staff: no accession, no statement.
    expect(await getAccessionStatement(otherCaller, other.subscriber.id)).toBeNull();
  });

  it("renders requisites, contract, services, total and offer version, with Kazakh letters", async () => {
    const { result, caller, values } = await acceded("PERSON");
    const statement = (await getAccessionStatement(caller, result.subscriberId))!;
    for (const locale of ["ru", "kk"] as const) {
      const t = translatorFor("accession.statement", locale) as unknown as TStatementT;
      const pdf = await renderAccessionStatement(statement, locale, t);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain(values.requisites.name); // Әбілқасымова Гүлнұр Серікқызы …
      expect(flat).toContain(values.requisites.taxId);
      expect(flat).toContain(result.contractNumber);
      expect(flat).toContain(result.accountNumber);
      expect(flat).toContain("KZ297220000000012345");
      expect(flat).toContain("10.9.8.7");
      // HOME tariff: 7 990 ₸ + 16 % VAT = 9 268,40 ₸.
      expect(flat.replace(/\s/g, "")).toContain("9268,40");
    }
    const kk = await extractText(new Uint8Array(await renderAccessionStatement(statement, "kk", translatorFor("accession.statement", "kk") as never)), { mergePages: true });
    expect(kk.text).toContain("Жария офертаға қосылу туралы өтініш");
  });

  it("downloads as a PDF for the owner; 404 for anyone else, 401 signed out", async () => {
    const { user, result } = await acceded("LEGAL");
    expect((await call(result.subscriberId)).status).toBe(401);
    actAs(user);
    const response = await call(result.subscriberId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const stranger = await createUser();
    actAs(stranger);
    expect((await call(result.subscriberId)).status).toBe(404);
    expect(await db.auditLog.count({ where: { actorId: stranger.id, outcome: "DENIED", objectType: "accession.statement" } })).toBe(1);
  });
});
