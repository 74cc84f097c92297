import { getTranslations } from "next-intl/server";

// A picture of the subscriber's cabinet with invented figures, for the trial cabinet.
// Static on purpose: it reads no data at all, so nothing of any real subscriber can
// appear in it. The "ДЕМО" watermark and the label say so to the eye and to a reader.
const TRAFFIC = [42, 58, 51, 73, 66, 24, 19];

export async function DemoPreview() {
  const t = await getTranslations("trial.demo");
  const days = t("days").split(",");
  const max = Math.max(...TRAFFIC);
  return (
    <figure className="relative overflow-hidden rounded-xl bg-slate-100 p-3 ring-1 ring-slate-300 sm:p-4" aria-label={t("label")} data-testid="trial-demo">
      <div aria-hidden className="pointer-events-none absolute inset-0 z-10 flex flex-col items-center justify-around overflow-hidden">
        {[0, 1, 2].map((row) => (
          // Drawn by CSS (::before) from the attribute: pure decoration, whose faint colour is the
          // point, is no text a contrast check or a screen reader should meet.
          <span
            key={row}
            data-watermark={t("watermark")}
            className="-rotate-12 select-none text-6xl font-black tracking-widest text-brand-600/15 before:content-[attr(data-watermark)] sm:text-8xl"
          />
        ))}
      </div>
      <figcaption className="relative z-20 mb-3 flex flex-wrap items-center gap-2">
        <span className="rounded bg-amber-400 px-2 py-0.5 text-xs font-bold uppercase text-amber-950" data-testid="demo-watermark">
          {t("watermark")} · trial
        </span>
        <span className="text-xs text-slate-600">{t("note")}</span>
      </figcaption>
      <div className="relative space-y-3 select-none">
        <div className="rounded-lg bg-white p-3 shadow-sm">
          <p className="text-sm font-semibold text-slate-900">{t("company")}</p>
          <p className="text-xs text-slate-500">{t("account")}</p>
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="rounded-lg bg-white p-3 shadow-sm">
            <p className="text-xs text-slate-500">{t("balance")}</p>
            <p className="text-xl font-semibold text-slate-900">{t("balanceValue")}</p>
          </div>
          <div className="rounded-lg bg-white p-3 shadow-sm">
            <p className="text-xs text-slate-500">{t("nextCharge")}</p>
            <p className="text-xl font-semibold text-slate-900">{t("nextChargeValue")}</p>
          </div>
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="rounded-lg bg-white p-3 shadow-sm">
            <p className="mb-2 text-xs font-medium text-slate-500">{t("services")}</p>
            <ul className="space-y-1 text-sm">
              {(["internet", "sip", "vm"] as const).map((key) => (
                <li key={key} className="flex justify-between gap-2">
                  <span className="truncate">{t(`servicesRows.${key}`)}</span>
                  <span className="shrink-0 text-xs text-emerald-700">{t("active")}</span>
                </li>
              ))}
            </ul>
          </div>
          <div className="rounded-lg bg-white p-3 shadow-sm">
            <p className="mb-2 text-xs font-medium text-slate-500">{t("traffic")}</p>
            <div className="flex h-24 items-end gap-1.5" aria-hidden>
              {TRAFFIC.map((value, i) => (
                <div key={i} className="flex flex-1 flex-col items-center gap-1">
                  <div className="w-full rounded-t bg-brand-500" style={{ height: `${(value / max) * 72}px` }} />
                  <span className="text-[10px] text-slate-500">{days[i]}</span>
                </div>
              ))}
            </div>
          </div>
        </div>
        <div className="rounded-lg bg-white p-3 shadow-sm">
          <p className="mb-2 text-xs font-medium text-slate-500">{t("documents")}</p>
          <ul className="space-y-1 text-sm">
            {(["invoice", "act", "taxInvoice"] as const).map((key) => (
              <li key={key}>{t(`documentsRows.${key}`)}</li>
            ))}
          </ul>
        </div>
      </div>
    </figure>
  );
}
