// A notice's columns of title and text in the three languages, from the texts rendered in
// each (the order of LOCALES: ru, kk, en).
export type TNoticeText = { title: string; body: string };

export function noticeTexts([ru, kk, en]: readonly TNoticeText[]) {
  return { titleRu: ru.title, titleKk: kk.title, titleEn: en.title, bodyRu: ru.body, bodyKk: kk.body, bodyEn: en.body };
}
