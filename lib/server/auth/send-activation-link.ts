import "server-only";
import { db } from "@/lib/db";
import { issueAuthToken } from "./issue-auth-token";
import { sendAuthMail, type TMailRecipient } from "./send-auth-mail";

// A fresh activation link for a person still PENDING (the older one stops working), mailed
// in their language. The token and the mail that carries it are written in one
// transaction: there is never a link without its mail, nor a mail without its link.
export async function sendActivationLink(user: TMailRecipient & { id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { url, expiresAt } = await issueAuthToken(user.id, "ACTIVATION", { tx });
    await sendAuthMail(user, { kind: "activation", url, expiresAt }, tx);
  });
}
