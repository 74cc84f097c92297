import { randomInt, randomUUID } from "node:crypto";
import { db } from "../fixtures/db";
import { createPerson, type TPerson } from "../fixtures/people";

function checkDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const sum = (w: number[]) => d.reduce((a, x, i) => a + x * w[i], 0) % 11;
  const a = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (a !== 10) return a;
  const b = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return b === 10 ? null : b;
}

// A random valid BIN (legal entity: fifth digit 4): 10⁶ candidates, so parallel workers
// do not collide the way a shared counter can.
function randomBin(): string {
  for (;;) {
    const first = `2104400${String(randomInt(0, 10_000)).padStart(4, "0")}`;
    const c = checkDigit(first);
    if (c !== null) return `${first}${c}`;
  }
}

// Like fixtures/people.ts createSubscriber (a subscriber, its account, an owner and
// optionally a member with grants), with a collision-free BIN and a retry if one happens.
export async function newSubscriber(options: { memberPermissions?: string[]; billingMethod?: string; creditLimit?: number } = {}) {
  const owner = await createPerson({ prefix: "owner", name: "Владелец Кабинета" });
  let subscriber = null;
  for (let attempt = 0; !subscriber; attempt++) {
    const suffix = randomUUID().slice(0, 8);
    subscriber = await db.subscriber
      .create({
        data: {
          kind: "LEGAL",
          name: `ТОО «E2E ${suffix}»`,
          shortName: `E2E ${suffix}`,
          taxId: randomBin(),
          legalAddress: "010000, Астана, ул. Тестовая, 1",
          postalAddress: "010000, Астана, ул. Тестовая, 1",
          iban: "KZ297220000000012345",
          bic: "CASPKZKA",
          isVatPayer: true,
          contactName: owner.name,
          contactEmail: owner.email,
          contactPhone: "+77011112233",
          contractNumber: `E2E-${suffix}`,
          contractDate: new Date(),
        },
      })
      .catch((error: Error) => {
        if (attempt >= 5 || !error.message.includes("Unique constraint")) throw error;
        return null;
      });
  }
  const account = await db.account.create({
    data: {
      number: `E${randomUUID().slice(0, 8)}`,
      subscriberId: subscriber.id,
      billingMethod: options.billingMethod ?? "POSTPAID",
      creditLimit: options.creditLimit ?? 100_000_00,
    },
  });
  await db.membership.create({ data: { userId: owner.id, accountId: account.id, role: "OWNER" } });
  let member: TPerson | null = null;
  if (options.memberPermissions) {
    member = await createPerson({ prefix: "member", name: "Участник Кабинета" });
    await db.membership.create({
      data: { userId: member.id, accountId: account.id, role: "MEMBER", permissions: JSON.stringify(options.memberPermissions) },
    });
  }
  return { subscriber, account, owner, member };
}

// A money amount as the page prints it (with no-break spaces), for toHaveText/toContainText.
export function money(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s"));
}
