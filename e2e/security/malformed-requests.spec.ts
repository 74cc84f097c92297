import { request as http } from "node:http";
import { expect, test } from "@playwright/test";
import { actionId } from "../fixtures/direct-action";
import { MAX_ACTION_BODY_BYTES } from "../../lib/body-limits.mjs";

// Requests no browser sends: each gets a 4xx, never a 500, and the server goes on serving.

const action = () => actionId("lib/actions/request-password-reset.ts", "requestPasswordReset")!;

test("a server action with an Origin that is not a URL is refused with 400", async ({ request, baseURL }) => {
  const response = await request.post("/forgot-password", {
    headers: { "Next-Action": action(), Origin: "/", "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([{ email: "a@example.kz" }]),
  });
  expect(response.status()).toBe(400);
  expect((await request.get("/forgot-password", { headers: { Origin: "/" } })).status()).toBe(400);
  expect((await request.get("/forgot-password", { headers: { Origin: baseURL! } })).status()).toBe(200);
});

test("action bodies React cannot decode are refused with 400", async ({ request, baseURL }) => {
  const bodies = [
    '["$B1f"]', // a blob that is not in the form
    '[{"email":"$B7"}]',
    '["$Q1"]', // a Map that is not in the form
    '["$1"]', // a forward reference to nothing
    '[{"a":"$1:b:c"}]',
    "not json",
  ];
  for (const body of bodies) {
    const response = await request.post("/forgot-password", {
      headers: { "Next-Action": action(), Origin: baseURL!, Accept: "text/x-component" },
      multipart: { "0": body },
    });
    expect(response.status(), body).toBe(400);
  }
  // A well-formed call still works.
  const ok = await request.post("/forgot-password", {
    headers: { "Next-Action": action(), Origin: baseURL!, Accept: "text/x-component" },
    multipart: { "0": JSON.stringify([{ email: "a@example.kz" }]) },
  });
  expect(ok.status()).toBe(200);
});

// Sent with node:http, since a client library fills in a truthful length itself.
function rawPost(baseURL: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http(`${baseURL}/forgot-password`, { method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}

test("an action body declared over the limit is refused with 413 before it is read", async ({ baseURL }) => {
  const headers = { "Next-Action": action(), Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" };
  // The declared length is what counts: the server answers before the body arrives.
  const over = await new Promise<number>((resolve, reject) => {
    const req = http(`${baseURL}/forgot-password`, { method: "POST", headers: { ...headers, "Content-Length": String(MAX_ACTION_BODY_BYTES + 1) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", () => {});
    req.write("[");
    setTimeout(() => reject(new Error("no answer to an oversized body")), 10_000);
  });
  expect(over).toBe(413);
  // Chunked bodies go on to Next, which counts them against the same limit.
  expect(await rawPost(baseURL!, { ...headers, "Transfer-Encoding": "chunked" }, "[{}]")).toBe(200);
  expect(await rawPost(baseURL!, { ...headers, "Content-Length": "4" }, "[{}]")).toBe(200);
});
