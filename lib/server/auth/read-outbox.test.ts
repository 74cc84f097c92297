import { afterEach, describe, expect, it } from "vitest";
import { actAs } from "@/test/auth";
import { createUser } from "@/test/factories";
import { testRequest } from "@/test/setup";
import { isLoopback, readOutbox } from "./read-outbox";

// The development outbox holds other people's links: the data function itself refuses.
describe("readOutbox", () => {
  const from = (ip: string) => testRequest.headers.set("x-forwarded-for", ip);
  afterEach(() => {
    from("127.0.0.1");
    actAs(null);
  });

  it("answers a request from the server's own machine, and staff from anywhere", async () => {
    from("127.0.0.1");
    expect(await readOutbox({})).not.toBeNull();
    from("198.51.100.7");
    actAs(await createUser({ staffRole: "SUPPORT" }));
    expect(await readOutbox({})).not.toBeNull();
  });

  it("refuses a customer or a visitor elsewhere, and staff viewing as a customer", async () => {
    from("198.51.100.7");
    expect(await readOutbox({})).toBeNull();
    const customer = await createUser();
    actAs(customer);
    expect(await readOutbox({})).toBeNull();
    actAs(customer, { actor: await createUser({ staffRole: "ADMIN" }), impersonation: { id: "imp-outbox", accountId: "a" } });
    expect(await readOutbox({})).toBeNull();
  });

  it("knows loopback by the address, not by its spelling", () => {
    expect(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["10.0.0.1", "128.0.0.1", "", "127.0.0.1, 10.0.0.1", "localhost"].map(isLoopback)).toEqual([false, false, false, false, false]);
  });
});
