import type { TSeedDb } from "./client";

// The demo texts the provider publishes: the user agreement (two versions, so the
// "what changed" screen has something to show) and the public offer. Written for this
// product in the spirit of the provider's agreement; bodies are plain text with "## "
// headings.

const AGREEMENT_V1 = {
  ru: `## 1. Термины
1.1. Провайдер — ТОО «КОМПааС.тех», оказывающее услуги связи и облачные услуги по лицензиям Республики Казахстан.
1.2. Абонент — юридическое лицо, индивидуальный предприниматель или физическое лицо, заключившее с Провайдером договор об оказании услуг.
1.3. Пользователь — физическое лицо, зарегистрированное в Личном кабинете без договора.
1.4. Владелец кабинета — лицо, которое Абонент или Пользователь назначил владельцем; он создаёт, изменяет и удаляет других пользователей кабинета и назначает им права.
1.5. Личный кабинет — страница Абонента на сайте Провайдера с услугами, их стоимостью, методом расчётов, кредитным лимитом, статистикой, балансом, счетами, актами, счетами-фактурами и уведомлениями.

## 2. Регистрация и вход
2.1. Пользователь заполняет форму регистрации, либо Провайдер регистрирует Абонента. На указанный адрес приходит письмо со ссылкой активации; перейдя по ней, пользователь выбирает логин и устанавливает пароль.
2.2. Регистрация означает полное принятие условий настоящего Соглашения.
2.3. Пользователь сообщает о себе точные и полные сведения и обновляет их при изменении.

## 3. Безопасность
3.1. Пользователь хранит пароль в тайне и отвечает за последствия его раскрытия.
3.2. При утере пароля или подозрении, что им воспользовался посторонний, пользователь незамедлительно меняет пароль.
3.3. Абонент отвечает за все действия, совершённые через кабинет, в том числе владельцем и созданными им пользователями.

## 4. Обязательства Провайдера
4.1. Провайдер предоставляет доступ к кабинету с момента регистрации. При приостановлении услуг кабинет остаётся доступным на весь срок договора.
4.2. Провайдер не передаёт сведения об Абоненте, пользователях и их операциях третьим лицам, кроме случаев, предусмотренных законодательством Республики Казахстан.
4.3. Провайдер вправе проводить профилактические работы, предупреждая о них уведомлением в кабинете, когда это возможно.

## 5. Запрещено
5.1. Мешать работе кабинета; использовать автоматизированные скрипты для сбора информации; регистрироваться от имени другого лица или организации; загружать файлы с вредоносными программами; пытаться получить доступ к чужому аккаунту.

## 6. Изменение и прекращение
6.1. Провайдер вправе изменять Соглашение, публикуя новую редакцию на этой странице. Продолжение пользования кабинетом означает согласие с изменениями.
6.2. Провайдер вправе приостановить доступ при расторжении договора или нарушении Соглашения.`,
  kk: `## 1. Терминдер
1.1. Провайдер — Қазақстан Республикасының лицензиялары бойынша байланыс және бұлттық қызметтер көрсететін «КОМПааС.тех» ЖШС.
1.2. Абонент — Провайдермен қызмет көрсету шартын жасасқан заңды тұлға, жеке кәсіпкер немесе жеке тұлға.
1.3. Пайдаланушы — Жеке кабинетте шартсыз тіркелген жеке тұлға.
1.4. Кабинет иесі — Абонент немесе Пайдаланушы иесі етіп тағайындаған тұлға; ол кабинеттің басқа пайдаланушыларын құрады, өзгертеді, жояды және оларға құқық береді.
1.5. Жеке кабинет — Провайдер сайтындағы қызметтер, олардың құны, есеп айырысу әдісі, кредит лимиті, статистика, баланс, шоттар, актілер, шот-фактуралар және хабарламалар бар Абонент беті.

## 2. Тіркелу және кіру
2.1. Пайдаланушы тіркеу нысанын толтырады немесе Провайдер Абонентті тіркейді. Көрсетілген мекенжайға белсендіру сілтемесі бар хат келеді; сілтеме арқылы пайдаланушы логин таңдап, құпиясөз орнатады.
2.2. Тіркелу осы Келісімнің шарттарын толық қабылдауды білдіреді.
2.3. Пайдаланушы өзі туралы нақты әрі толық мәліметтер береді және олар өзгергенде жаңартады.

## 3. Қауіпсіздік
3.1. Пайдаланушы құпиясөзді құпия сақтайды және оның ашылуының салдарына жауап береді.
3.2. Құпиясөз жоғалса немесе оны бөгде адам пайдаланды деген күдік туса, пайдаланушы құпиясөзді дереу ауыстырады.
3.3. Абонент кабинет арқылы жасалған барлық әрекеттерге, соның ішінде иесі мен ол құрған пайдаланушылардың әрекеттеріне жауап береді.

## 4. Провайдердің міндеттері
4.1. Провайдер тіркелген сәттен бастап кабинетке қолжетімділік береді. Қызметтер тоқтатылған кезде кабинет шарттың бүкіл мерзімінде қолжетімді болып қалады.
4.2. Провайдер Абонент, пайдаланушылар және олардың операциялары туралы мәліметтерді Қазақстан Республикасының заңнамасында көзделген жағдайлардан басқа кезде үшінші тұлғаларға бермейді.
4.3. Провайдер профилактикалық жұмыстар жүргізуге құқылы, мүмкіндігінше бұл туралы кабинетте хабарлайды.

## 5. Тыйым салынады
5.1. Кабинеттің жұмысына кедергі келтіруге; ақпарат жинау үшін автоматтандырылған скрипттерді пайдалануға; басқа тұлғаның немесе ұйымның атынан тіркелуге; зиянды бағдарламалары бар файлдарды жүктеуге; басқа біреудің аккаунтына кіруге әрекеттенуге.

## 6. Өзгерту және тоқтату
6.1. Провайдер жаңа редакцияны осы бетте жариялау арқылы Келісімді өзгертуге құқылы. Кабинетті пайдалануды жалғастыру өзгерістермен келісуді білдіреді.
6.2. Провайдер шарт бұзылған немесе Келісім бұзылған кезде қолжетімділікті тоқтата алады.`,
  en: `## 1. Terms
1.1. Provider: KOMPaaS.tech LLP, which provides communication and cloud services under licences of the Republic of Kazakhstan.
1.2. Subscriber: a legal entity, sole proprietor or private person who has a services contract with the Provider.
1.3. User: a private person registered in the Cabinet without a contract.
1.4. Cabinet owner: the person the Subscriber or User named as owner; the owner creates, edits and deletes the cabinet's other users and grants their rights.
1.5. Cabinet: the Subscriber's page on the Provider's site with its services, their prices, the billing method, the credit limit, statistics, the balance, invoices, acts, tax invoices and notices.

## 2. Registration and sign-in
2.1. A User fills in the registration form, or the Provider registers a Subscriber. An email with an activation link is sent to the given address; following it, the person chooses a login and sets a password.
2.2. Registration means full acceptance of this Agreement.
2.3. The User gives accurate and complete information about themselves and updates it when it changes.

## 3. Security
3.1. The User keeps the password secret and answers for the consequences of disclosing it.
3.2. If the password is lost, or someone else may have used it, the User changes it at once.
3.3. The Subscriber answers for every action taken through the cabinet, including those of the owner and the users the owner created.

## 4. The Provider's duties
4.1. The Provider gives access to the cabinet from registration. While services are suspended, the cabinet stays available for the whole term of the contract.
4.2. The Provider does not disclose information about the Subscriber, its users or their operations to third parties, except as the law of the Republic of Kazakhstan requires.
4.3. The Provider may carry out maintenance, announcing it in the cabinet where possible.

## 5. Prohibited
5.1. Disrupting the cabinet; using automated scripts to collect information; registering on behalf of another person or organisation; uploading files with malware; trying to get into someone else's account.

## 6. Changes and termination
6.1. The Provider may change this Agreement by publishing a new version on this page. Continuing to use the cabinet means consent to the changes.
6.2. The Provider may suspend access when the contract ends or this Agreement is breached.`,
};

// Version 2 adds two-factor sign-in and the provider's access to a cabinet for support.
const V2_ADDITION = {
  ru: `

## 7. Двухфакторный вход и доступ поддержки
7.1. Пользователь может включить вход с одноразовым кодом; владелец кабинета может потребовать его от всех пользователей кабинета.
7.2. Сотрудники поддержки Провайдера могут просматривать кабинет только для решения вопросов Абонента, без права изменений; каждый такой просмотр записывается в журнал действий, который видит владелец. Владелец может включить требование своего согласия на такой доступ.`,
  kk: `

## 7. Екі факторлы кіру және қолдау қызметінің қолжетімділігі
7.1. Пайдаланушы бір реттік кодпен кіруді қоса алады; кабинет иесі оны кабинеттің барлық пайдаланушыларынан талап ете алады.
7.2. Провайдердің қолдау қызметкерлері кабинетті тек Абоненттің мәселелерін шешу үшін, өзгерту құқығынсыз қарай алады; әрбір мұндай қарау иесі көретін әрекеттер журналына жазылады. Иесі мұндай қолжетімділікке өз келісімін талап етуді қоса алады.`,
  en: `

## 7. Two-factor sign-in and support access
7.1. A user may turn on sign-in with a one-time code; the cabinet owner may require it of every user of the cabinet.
7.2. The Provider's support staff may view a cabinet only to resolve the Subscriber's questions, without the right to change anything; every such view is written to the audit log the owner reads. The owner may require their consent to such access.`,
};

const OFFER = {
  ru: `## Публичная оферта на оказание услуг связи
1. ТОО «КОМПааС.тех» предлагает любому лицу заключить договор об оказании услуг связи и облачных услуг на условиях настоящей оферты.
2. Акцептом оферты является прохождение мастера присоединения в Личном кабинете и подтверждение согласия. С момента акцепта договор считается заключённым, ему присваивается номер.
3. Стоимость услуг определяется тарифами, опубликованными в каталоге Личного кабинета. Цены указаны без НДС; НДС начисляется по ставке, действующей на дату оказания услуг.
4. Расчёты ведутся по предоплате; постоплата доступна юридическим лицам и индивидуальным предпринимателям для тарифов, где она разрешена.
5. Ежемесячно Провайдер размещает в Личном кабинете счёт на оплату, акт выполненных работ и счёт-фактуру.
6. Персональные данные обрабатываются и хранятся на территории Республики Казахстан.`,
  kk: `## Байланыс қызметтерін көрсетуге арналған жария оферта
1. «КОМПааС.тех» ЖШС кез келген тұлғаға осы оферта шарттарымен байланыс және бұлттық қызметтер көрсету шартын жасасуды ұсынады.
2. Офертаны қабылдау — Жеке кабинетте қосылу шеберінен өту және келісімді растау. Қабылдаған сәттен бастап шарт жасалды деп есептеледі және оған нөмір беріледі.
3. Қызметтердің құны Жеке кабинет каталогында жарияланған тарифтермен анықталады. Бағалар ҚҚС-сыз көрсетілген; ҚҚС қызмет көрсетілген күні қолданыстағы мөлшерлеме бойынша есептеледі.
4. Есеп айырысу алдын ала төлем бойынша жүргізіледі; кейінгі төлем заңды тұлғалар мен жеке кәсіпкерлерге рұқсат етілген тарифтер үшін қолжетімді.
5. Провайдер ай сайын Жеке кабинетте төлем шотын, орындалған жұмыстар актісін және шот-фактураны орналастырады.
6. Дербес деректер Қазақстан Республикасының аумағында өңделеді және сақталады.`,
  en: `## Public offer for communication services
1. KOMPaaS.tech LLP offers anyone a contract for communication and cloud services on the terms of this offer.
2. The offer is accepted by completing the accession wizard in the Cabinet and confirming consent. From acceptance the contract is concluded and gets a number.
3. Prices are the tariffs published in the Cabinet's catalogue, without VAT; VAT is charged at the rate in force on the date the services are rendered.
4. Billing is prepaid; postpaid billing is available to legal entities and sole proprietors for tariffs that allow it.
5. Every month the Provider publishes in the Cabinet an invoice for payment, an act of completed work and a tax invoice.
6. Personal data is processed and stored in the Republic of Kazakhstan.`,
};

const TITLES = {
  AGREEMENT: ["Соглашение о пользовании web-сервисом «Личный кабинет»", "«Жеке кабинет» веб-сервисін пайдалану туралы келісім", "Agreement on the use of the Cabinet web service"],
  OFFER: ["Публичная оферта на услуги связи", "Байланыс қызметтеріне жария оферта", "Public offer for communication services"],
} as const;

export async function seedAgreements(db: TSeedDb) {
  const versions = [
    { kind: "AGREEMENT", version: "1.0", effectiveAt: "2025-10-01", body: AGREEMENT_V1 },
    {
      kind: "AGREEMENT",
      version: "2.0",
      effectiveAt: "2026-09-01",
      body: { ru: AGREEMENT_V1.ru + V2_ADDITION.ru, kk: AGREEMENT_V1.kk + V2_ADDITION.kk, en: AGREEMENT_V1.en + V2_ADDITION.en },
    },
    { kind: "OFFER", version: "1.0", effectiveAt: "2025-10-01", body: OFFER },
  ] as const;
  for (const v of versions) {
    const titles = TITLES[v.kind];
    const effectiveAt = new Date(`${v.effectiveAt}T00:00:00+05:00`);
    await db.agreementVersion.upsert({
      where: { kind_version: { kind: v.kind, version: v.version } },
      update: {},
      create: {
        kind: v.kind,
        version: v.version,
        effectiveAt,
        publishedAt: effectiveAt,
        titleRu: titles[0],
        titleKk: titles[1],
        titleEn: titles[2],
        bodyRu: v.body.ru,
        bodyKk: v.body.kk,
        bodyEn: v.body.en,
      },
    });
  }
}
