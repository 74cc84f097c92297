// The demo data: idempotent, safe to run on every start. Prints how to log in.
import { createSeedClient, DEMO_PASSWORD } from "./seed/client";
import { seedAgreements } from "./seed/agreements";
import { seedCatalogue, seedVatRates } from "./seed/reference";
import { seedPeople, STAFF, SUBSCRIBERS, TRIAL_USER } from "./seed/people";
import { seedHistory } from "./seed/history";

async function main() {
  const db = createSeedClient();
  try {
    await seedVatRates(db);
    await seedAgreements(db);
    await seedCatalogue(db);
    await seedPeople(db);
    await seedHistory(db);
  } finally {
    await db.$disconnect();
  }

  const rows: Array<[string, string, string]> = [
    ...STAFF.map((p) => [p.login, p.email, p.staffRole === "ADMIN" ? "administrator" : "support"] as [string, string, string]),
    ...SUBSCRIBERS.flatMap((s) => [
      [s.owner.login, s.owner.email, `owner of ${s.shortName}`] as [string, string, string],
      [s.member.login, s.member.email, `member of ${s.shortName}: ${s.member.permissions.join(", ")}`] as [string, string, string],
    ]),
    [TRIAL_USER.login, TRIAL_USER.email, "trial user without a contract"],
  ];
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const [login, email, role] of rows) console.log(`  ${login.padEnd(12)} ${email.padEnd(28)} ${role}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
