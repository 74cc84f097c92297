import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

type TMessage = {
  id: string;
  isStaff: boolean;
  body: string;
  createdAt: Date;
  author: { name: string };
  attachments: Array<{ id: string; fileName: string; size: number; scanStatus: string }>;
};

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// The conversation of a request, oldest first. Files are links only once scanned clean.
export async function RequestThread({ messages, viewer }: { messages: TMessage[]; viewer: "customer" | "staff" }) {
  const t = await getTranslations("requests.thread");
  const format = await getFormatter();
  return (
    <ol className="space-y-4" data-testid="request-thread">
      {messages.map((m) => {
        const isMine = viewer === "staff" ? m.isStaff : !m.isStaff;
        return (
          <li
            key={m.id}
            data-testid="request-message"
            className={cn(
              "rounded-xl p-4 ring-1",
              m.isStaff ? "bg-brand-50 ring-brand-100" : "bg-white ring-slate-200",
              isMine ? "sm:ml-12" : "sm:mr-12",
            )}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <span className="font-medium text-slate-900">{m.isStaff ? t("staffAuthor", { name: m.author.name }) : m.author.name}</span>
              <time className="text-slate-500" dateTime={m.createdAt.toISOString()}>
                {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}
              </time>
            </div>
            <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-800">{m.body}</p>
            {m.attachments.length > 0 && (
              <ul className="mt-3 space-y-1" aria-label={t("attachments")}>
                {m.attachments.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-2 text-sm" data-testid="attachment">
                    {a.scanStatus === "CLEAN" ? (
                      <a href={`/api/attachments/${a.id}`} download className="break-all font-medium text-brand-700 underline">
                        {a.fileName}
                      </a>
                    ) : (
                      <span className="break-all text-slate-600">{a.fileName}</span>
                    )}
                    <span className="text-xs text-slate-500">{sizeLabel(a.size)}</span>
                    {a.scanStatus === "PENDING" && <Badge tone="warning">{t("scanPending")}</Badge>}
                    {a.scanStatus === "INFECTED" && <Badge tone="danger">{t("scanInfected")}</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
