import { describe, expect, it } from "vitest";
import { render } from "@react-email/render";
import ContractCreatedEmail from "./contract-created";

describe("the contract-created mail", () => {
  it("renders its preview with the contract, the account, the total and the links", async () => {
    const text = await render(<ContractCreatedEmail {...ContractCreatedEmail.PreviewProps} />, { plainText: true });
    for (const part of ["KMP-2026-000124", "100000127", "60 900,00 ₸", "/dashboard", "/accession/done"]) expect(text).toContain(part);
  });
});
