import "server-only";
import type { TUserCtx } from "@/lib/safe-action";
import type { TInfectedUpload } from "@/lib/server/attachments/prepare-uploads";

// Uploading malware is forbidden (clause 5.1.4): every refused file leaves an audit row
// with its name, size, hash and the signature found (the bytes themselves are not kept).
export function auditInfected(ctx: Pick<TUserCtx, "audit">, accountId: string) {
  return (file: TInfectedUpload) =>
    ctx.audit({
      accountId,
      action: "attachment.infected_refused",
      objectType: "Attachment",
      outcome: "DENIED",
      details: { fileName: file.fileName, size: file.size, sha256: file.sha256, signature: file.signature },
    });
}
