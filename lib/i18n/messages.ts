import { NAMESPACES, type TAppLocale } from "./config";

type TMessages = Record<string, unknown>;

// Static imports keep every catalogue in the bundle; the map is built once per locale.
const loaders: Record<TAppLocale, () => Promise<TMessages[]>> = {
  ru: () => Promise.all(NAMESPACES.map((ns) => import(`../../messages/ru/${ns}.json`).then((m) => m.default))),
  kk: () => Promise.all(NAMESPACES.map((ns) => import(`../../messages/kk/${ns}.json`).then((m) => m.default))),
  en: () => Promise.all(NAMESPACES.map((ns) => import(`../../messages/en/${ns}.json`).then((m) => m.default))),
};

const cache = new Map<TAppLocale, Promise<TMessages>>();

export function loadMessages(locale: TAppLocale): Promise<TMessages> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = loaders[locale]().then((files) => Object.fromEntries(NAMESPACES.map((ns, i) => [ns, files[i]])));
    cache.set(locale, messages);
  }
  return messages;
}
