import "server-only";
import { issueAuthToken } from "./issue-auth-token";
import { sendAuthMail, type TMailRecipient } from "./send-auth-mail";

// A fresh activation link for a person still PENDING (the older one stops working), mailed
// in their language. The token is stored before the mail leaves: if sending fails, asking
// again simply issues another one.
export async function sendActivationLink(user: TMailRecipient & { id: string }): Promise<void> {
  const { url, expiresAt } = await issueAuthToken(user.id, "ACTIVATION");
  await sendAuthMail(user, { kind: "activation", url, expiresAt });
}
