// Figures and dates as Kazakhstani documents print them: "1 234 567,50", "24.11.2026",
// "24 ноября 2026 г.", always in Almaty time.

const amount = new Intl.NumberFormat("ru-KZ", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const quantity = new Intl.NumberFormat("ru-KZ", { maximumFractionDigits: 3 });
const shortDate = new Intl.DateTimeFormat("ru-KZ", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Almaty" });
const longDate = new Intl.DateTimeFormat("ru", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Almaty" });

export const pdfAmount = (tiyn: number) => amount.format(tiyn / 100);
export const pdfQuantity = (value: number) => quantity.format(value);
export const pdfDate = (date: Date) => shortDate.format(date);
export const pdfLongDate = (date: Date) => longDate.format(date);
export const pdfRate = (rateBp: number) => `${quantity.format(rateBp / 100)} %`;
