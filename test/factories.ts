import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/kz/tax-id";
import { serializePermissions, type TPermission } from "@/lib/auth/permissions";
import { clock } from "@/lib/clock";

export const TEST_PASSWORD = "Correct-Horse-42";
let passwordHash: string | undefined;

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.kz`;
}

export async function createUser(overrides: Partial<{ email: string; login: string; name: string; status: string; staffRole: string | null }> = {}) {
  passwordHash ??= await bcrypt.hash(TEST_PASSWORD, 4);
  const email = overrides.email ?? uniqueEmail();
  const login = overrides.login ?? email.split("@")[0];
  return db.user.create({
    data: {
      email,
      login,
      loginKey: login.toLowerCase(),
      passwordHash,
      name: overrides.name ?? "Тест Тестов",
      phone: "+77010000000",
      status: overrides.status ?? "ACTIVE",
      staffRole: overrides.staffRole ?? null,
      activatedAt: clock.now(),
    },
  });
}

let taxSerial = Math.floor(Math.random() * 100_000);

export function uniqueBin(): string {
  for (;;) {
    taxSerial += 1;
    const bin = withCheckDigit(`200140${String(taxSerial % 100_000).padStart(5, "0")}`);
    if (bin) return bin;
  }
}

// A BIN no subscriber holds yet: the per-process serials of the test files (run one after
// another on one database) can meet, so the database has the last word.
async function freeBin(): Promise<string> {
  for (;;) {
    const bin = uniqueBin();
    if (!(await db.subscriber.count({ where: { taxId: bin } }))) return bin;
  }
}

// A subscriber with one account and its owner.
export type TTestUser = Awaited<ReturnType<typeof createUser>>;

export async function createAccount(options: { owner?: TTestUser; status?: string; billingMethod?: string; creditLimit?: number } = {}) {
  const owner = options.owner ?? (await createUser());
  const suffix = randomUUID().slice(0, 8);
  const subscriber = await db.subscriber.create({
    data: {
      kind: "LEGAL",
      name: `ТОО «Тест ${suffix}»`,
      shortName: `Тест ${suffix}`,
      taxId: await freeBin(),
      legalAddress: "Астана",
      postalAddress: "Астана",
      iban: "KZ297220000000012345",
      bic: "CASPKZKA",
      contactName: "Тест",
      contactEmail: `contact-${suffix}@test.kz`,
      contactPhone: "+77010000000",
      contractNumber: `TEST-${suffix}`,
      contractDate: clock.now(),
    },
  });
  const account = await db.account.create({
    data: {
      number: `T${suffix}`,
      subscriberId: subscriber.id,
      billingMethod: options.billingMethod ?? "PREPAID",
      creditLimit: options.creditLimit ?? 0,
      status: options.status ?? "ACTIVE",
    },
  });
  await db.membership.create({ data: { userId: owner.id, accountId: account.id, role: "OWNER" } });
  return { subscriber, account, owner };
}

export async function addMember(accountId: string, permissions: TPermission[], user?: TTestUser) {
  const member = user ?? (await createUser());
  await db.membership.create({
    data: { userId: member.id, accountId, role: "MEMBER", permissions: serializePermissions(permissions) },
  });
  return member;
}
