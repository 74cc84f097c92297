import ru from "@/messages/ru/staff.json";
import kk from "@/messages/kk/staff.json";
import en from "@/messages/en/staff.json";
import { createTranslator } from "next-intl";
import type { TMaintenanceWindow } from "./state";
import { clock } from "@/lib/clock";

// The page customers get during maintenance: self-contained HTML (no scripts, inline
// styles), in the language of their cookie, from the proxy with 503 and Retry-After.

// Through a translator, not as strings: in the build the catalogues arrive compiled
// (next.config.ts, precompile).
const CATALOGUES = { ru, kk, en };
const INTL = { ru: "ru-KZ", kk: "kk-KZ", en: "en-GB" };

type TLang = keyof typeof CATALOGUES;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function maintenanceLang(cookie: string | undefined): TLang {
  return cookie === "kk" || cookie === "en" ? cookie : "ru";
}

export function retryAfterSeconds(window: TMaintenanceWindow, now: number = clock.nowMs()): number {
  return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
}

export function maintenancePage(window: TMaintenanceWindow, lang: TLang): string {
  const t = createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: "maintenancePage" });
  const until = new Intl.DateTimeFormat(INTL[lang], { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Almaty" }).format(new Date(window.endsAt));
  const title = window.title[lang] || t("title");
  const body = window.body[lang] || t("text");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t("title"))}</title>
<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f1f5f9;color:#0f172a}
main{max-width:36rem;margin:10vh auto;padding:2rem;background:#fff;border-radius:1rem;box-shadow:0 1px 3px rgba(15,23,42,.1)}
h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.6;color:#334155}.brand{color:#154fb4;font-weight:700;margin-bottom:1.5rem}
a{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;border-radius:.5rem;background:#1a64e0;color:#fff;text-decoration:none}</style>
</head><body><main data-testid="maintenance-page"><div class="brand">КОМПааС.тех</div>
<h1>${escape(title)}</h1><p>${escape(body)}</p><p><strong>${escape(t("until", { until }))}</strong></p>
<p>${escape(t("text"))}</p><a href="">${escape(t("retry"))}</a></main></body></html>`;
}
