import "server-only";
import type { Tx } from "@/lib/db";
import { raiseAlert, type TAlertOutcome } from "./raise-alert";

const EXCERPT = 1_000;

// "A request answered by staff", in the transaction that saves the answer
// (lib/actions/answer-request.ts): by default the owners and the request's author, as
// before alerts were chosen; any member with the requests grant may turn it on or off.
// The account's notice about the answer is written beside it (create-request-notice.ts).
export async function alertRequestAnswered(
  tx: Tx,
  request: { id: string; number: string; subject: string; accountId: string; createdById: string },
  body: string,
): Promise<TAlertOutcome> {
  const excerpt = body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body;
  return raiseAlert(
    tx,
    request.accountId,
    { kind: "REQUEST_ANSWERED", key: "REQUEST_ANSWERED", text: { number: request.number, subject: request.subject, excerpt }, path: `/requests/${request.id}` },
    { requestAuthorId: request.createdById },
  );
}
