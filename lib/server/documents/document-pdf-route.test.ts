import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { testRequest } from "@/test/setup";
import { addMember, createAccount, createUser } from "@/test/factories";
import { createDocument } from "@/test/documents";
import { ACCOUNT_COOKIE } from "@/lib/auth/cabinet";
import { GET } from "@/app/api/documents/[id]/pdf/route";

const download = (id: string) => GET(new Request(`http://localhost/api/documents/${id}/pdf`), { params: Promise.resolve({ id }) });

describe("GET /api/documents/[id]/pdf", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("gives the owner the PDF and writes a download audit row", async () => {
    const { account, owner } = await createAccount();
    const document = await createDocument(account.id, { kind: "ACT" });
    actAs(owner);
    const response = await download(document.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const audit = await db.auditLog.findFirst({ where: { accountId: account.id, action: "document.download", objectId: document.id } });
    expect(audit).toMatchObject({ actorId: owner.id, outcome: "OK" });
  });

  it("answers 403 with no document bytes to a member without documents.read, and logs it", async () => {
    const { account } = await createAccount();
    const document = await createDocument(account.id);
    const member = await addMember(account.id, ["finance.read", "notices.read"]);
    actAs(member);
    const response = await download(document.id);
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).not.toContain("%PDF");
    expect(body).not.toContain(document.number);
    expect(await db.auditLog.count({ where: { actorId: member.id, outcome: "DENIED", objectType: "api:documents.read" } })).toBe(1);
  });

  it("answers 404 to a user of another account and to an unknown id", async () => {
    const { account } = await createAccount();
    const document = await createDocument(account.id);
    const other = await createAccount();
    actAs(other.owner);
    const foreign = await download(document.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain(document.number);
    expect((await download("no-such-document")).status).toBe(404);
    // Signed in but a member of no account (a trial user): nothing to serve.
    actAs(await createUser());
    expect((await download(document.id)).status).toBe(404);
    expect(await db.auditLog.count({ where: { actorId: other.owner.id, outcome: "DENIED", objectType: "document" } })).toBe(2);
  });

  it("serves only the chosen account: a member of two accounts gets 404 for the other one's document", async () => {
    const user = await createUser();
    const a = await createAccount({ owner: user });
    const b = await createAccount({ owner: user });
    const docOfB = await createDocument(b.account.id);
    actAs(user);
    testRequest.cookies.set(ACCOUNT_COOKIE, a.account.id);
    expect((await download(docOfB.id)).status).toBe(404);
    testRequest.cookies.set(ACCOUNT_COOKIE, b.account.id);
    expect((await download(docOfB.id)).status).toBe(200);
  });

  it("answers 401 when signed out, and keeps a suspended account's documents readable", async () => {
    expect((await download("anything")).status).toBe(401);
    const { account, owner } = await createAccount({ status: "SUSPENDED" });
    const document = await createDocument(account.id);
    actAs(owner);
    expect((await download(document.id)).status).toBe(200);
    const closed = await createAccount({ status: "TERMINATED" });
    const closedDoc = await createDocument(closed.account.id);
    actAs(closed.owner);
    expect((await download(closedDoc.id)).status).toBe(404);
  });
});
