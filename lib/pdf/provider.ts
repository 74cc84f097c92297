import { withCheckDigit } from "@/lib/kz/tax-id";
import { kzIbanFrom } from "@/lib/kz/iban";

// The provider's own requisites, printed on every document. The BIN and IIK are built with
// the same check-digit rules the cabinet validates customers' numbers with.
export const PROVIDER = {
  name: "Товарищество с ограниченной ответственностью «КОМПааС.тех»",
  shortName: "ТОО «КОМПааС.тех»",
  bin: withCheckDigit("19034001234")!, // 5th digit 4: a resident legal entity
  address: "010000, г. Астана, район Есиль, ул. Сығанақ, 17/1, БЦ «Жаңа Өркен», 5 этаж",
  phone: "+7 717 270 00 00",
  email: "billing@kompaas.tech",
  iban: kzIbanFrom("6010002009876543"),
  bic: "HSBKKZKX",
  bank: "АО «Народный Банк Казахстана» (Қазақстан Халық Банкі АҚ)",
  kbe: "17", // beneficiary code: resident, private non-financial company
  knp: "859", // payment purpose code: other services
  vatRegistration: "поставлен на регистрационный учёт по НДС 19.04.2019, серия 62001",
  director: { position: "Директор", name: "Жақсылықов Серік Өмірұлы", short: "Жақсылықов С.Ө." },
  accountant: { position: "Главный бухгалтер", name: "Үсенова Әйгерім Шаһизадақызы", short: "Үсенова Ә.Ш." },
} as const;
