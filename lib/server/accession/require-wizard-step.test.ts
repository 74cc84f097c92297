import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actAs } from "@/test/auth";
import { createAccount, createUser } from "@/test/factories";
import { seedAccessionReference, stepValues } from "@/test/accession";
import { requireWizardStep } from "./require-wizard-step";
import { saveAccessionStep } from "./save-accession-step";

let tariffs: Awaited<ReturnType<typeof seedAccessionReference>>;
beforeAll(async () => {
  tariffs = await seedAccessionReference();
});
beforeEach(() => actAs(null));

// next/navigation's redirect() throws an error whose digest names the target.
async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}

describe("the wizard's pages", () => {
  it("send a signed-out visitor to the login page", async () => {
    expect(await redirectOf(requireWizardStep("kind"))).toBe("/login");
  });

  it("send an owner of a subscriber to the dashboard", async () => {
    const { owner } = await createAccount();
    actAs(owner);
    expect(await redirectOf(requireWizardStep("kind"))).toBe("/dashboard");
  });

  it("send a jump ahead by URL to the first incomplete step, which says what was skipped", async () => {
    const user = await createUser();
    actAs(user);
    expect(await redirectOf(requireWizardStep("review"))).toBe("/accession/kind?blocked=review");
    const values = stepValues("LEGAL", tariffs);
    await saveAccessionStep(user.id, "kind", values.kind);
    await saveAccessionStep(user.id, "requisites", values.requisites);
    expect(await redirectOf(requireWizardStep("review"))).toBe("/accession/contacts?blocked=review");
    expect(await redirectOf(requireWizardStep("services"))).toBe("/accession/contacts?blocked=services");
    // Earlier and current steps open.
    expect(await redirectOf(requireWizardStep("requisites"))).toBeNull();
    expect(await redirectOf(requireWizardStep("contacts"))).toBeNull();
    await saveAccessionStep(user.id, "contacts", values.contacts);
    await saveAccessionStep(user.id, "services", values.services);
    expect(await redirectOf(requireWizardStep("review"))).toBeNull();
  });
});
