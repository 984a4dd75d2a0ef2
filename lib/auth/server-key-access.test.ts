import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackUpstream, startUpstream } from "@/lib/testing/loopback-upstream";
import { serveGuardedProxy } from "@/lib/testing/serve-guarded-proxy";
import { type ServedHandler, serve } from "@/lib/testing/serve-web-handler";
import { memoryStore } from "../limits/limit-store";
import { installRequestIntake } from "../server/request-intake";
import { PEER_HEADER } from "./client-address";
import { signIn } from "./sign-in";

const SERVER_KEY = "sk-ai-v1-server-secret-0123456789";
const TOKEN = "pg-script-token-0123456789abcdef";
const PASSWORD = "correct horse battery";
const VERSION = { "anthropic-version": "2023-06-01", "content-type": "application/json" };
/** What the one trusted reverse proxy in front appends for a stranger on the internet. */
const STRANGER = { "x-forwarded-for": "198.51.100.23" };
const BODY = JSON.stringify({
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: 16,
  messages: [{ role: "user", content: "Hi" }],
});

let upstream: LoopbackUpstream | undefined;
const servers: ServedHandler[] = [];
beforeAll(() => installRequestIntake());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await upstream?.close();
  upstream = undefined;
});

async function setUp(env: Record<string, string>) {
  upstream = await startUpstream((_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"ok":true}');
  });
  const store = memoryStore();
  const proxy = await serveGuardedProxy(upstream.url, env, store);
  const session = await serve((request) => signIn(request, proxy.config, store));
  servers.push(proxy, session);
  return { upstream, proxy, session };
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/messages`, { method: "POST", headers: { ...VERSION, ...headers }, body: BODY });

async function expectRefused(response: Response, ways: RegExp[]) {
  expect(response.status).toBe(401);
  expect(response.headers.get("x-playground-key-source")).toBeNull();
  const body = await response.json();
  expect(body.type).toBe("error");
  expect(body.error.type).toBe("authentication_error");
  for (const way of ways) expect(body.error.message).toMatch(way);
}

describe("the server key by default (no password, no tokens)", () => {
  it("serves loopback clients", async () => {
    const { proxy, upstream } = await setUp({});
    const response = await post(proxy.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-playground-key-source")).toBe("server");
    expect(upstream.requests[0]?.headers["x-api-key"]).toBe(SERVER_KEY);
  });

  it("refuses a stranger with a 401 naming the ways in, and sends nothing upstream", async () => {
    const { proxy, upstream } = await setUp({ TRUST_PROXY: "1" });
    await expectRefused(await post(proxy.url, STRANGER), [/own ZenMux key/, /x-api-key/]);
    const models = await fetch(`${proxy.url}/v1/models`, { headers: { ...VERSION, ...STRANGER } });
    expect(models.status).toBe(401);
    expect(upstream.requests).toHaveLength(0);
  });

  it("ignores a forged loopback address in X-Forwarded-For", async () => {
    const { proxy } = await setUp({ TRUST_PROXY: "1" });
    const forged = { "x-forwarded-for": "127.0.0.1, 198.51.100.23" };
    expect((await post(proxy.url, forged)).status).toBe(401);
  });

  it("lets the stranger bring their own key, which goes upstream instead", async () => {
    const { proxy, upstream } = await setUp({ TRUST_PROXY: "1" });
    const response = await post(proxy.url, { ...STRANGER, "x-api-key": "sk-ai-v1-theirs-42" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-playground-key-source")).toBe("client");
    expect(upstream.requests[0]?.headers["x-api-key"]).toBe("sk-ai-v1-theirs-42");
  });

  it("answers a stranger who chose demo mode on the page with the emulator", async () => {
    const { proxy, upstream } = await setUp({ TRUST_PROXY: "1" });
    const response = await post(proxy.url, { ...STRANGER, cookie: "playground_demo=1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-playground-key-source")).toBe("demo");
    expect(upstream.requests).toHaveLength(0);
  });

  it("serves anyone with PLAYGROUND_OPEN=1", async () => {
    const { proxy } = await setUp({ TRUST_PROXY: "1", PLAYGROUND_OPEN: "1" });
    expect((await post(proxy.url, STRANGER)).status).toBe(200);
  });
});

describe("the peer stamp", () => {
  it("replaces a client-sent peer header with the real TCP peer", async () => {
    const echo = await serve(async (request) => new Response(request.headers.get(PEER_HEADER)));
    servers.push(echo);
    const response = await fetch(echo.url, { headers: { [PEER_HEADER]: "10.9.8.7" } });
    expect(await response.text()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});

describe("playground tokens", () => {
  it("unlock the server key for scripts, and never travel upstream", async () => {
    const { proxy, upstream } = await setUp({
      PLAYGROUND_TOKENS: `other-token-0123456789,${TOKEN}`,
    });
    const headers: Record<string, string>[] = [
      { authorization: `Bearer ${TOKEN}` },
      { "x-api-key": TOKEN },
    ];
    for (const header of headers) {
      const response = await post(proxy.url, { ...STRANGER, ...header });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-playground-key-source")).toBe("server");
    }
    for (const seen of upstream.requests) {
      expect(seen.headers["x-api-key"]).toBe(SERVER_KEY);
      expect(JSON.stringify(seen.headers)).not.toContain(TOKEN);
    }
  });

  it("are required even from loopback once configured", async () => {
    const { proxy } = await setUp({ PLAYGROUND_TOKENS: TOKEN });
    await expectRefused(await post(proxy.url), [/playground token/, /own ZenMux key/]);
  });
});

describe("sign-in with PLAYGROUND_PASSWORD", () => {
  const signInWith = (url: string, password: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password }),
    });

  it("sets an httpOnly SameSite=Strict session cookie that unlocks the server key", async () => {
    const { proxy, session } = await setUp({ PLAYGROUND_PASSWORD: PASSWORD });
    await expectRefused(await post(proxy.url), [/sign in at \/sign-in/]);
    const signedIn = await signInWith(session.url, PASSWORD);
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^playground_session=[\w-]+\.[\w-]+\.[\w-]+;/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    // Plain HTTP here, so not Secure (a browser would drop it); behind HTTPS it is.
    expect(cookie).not.toContain("Secure");
    const session_ = cookie.split(";")[0] ?? "";
    const response = await post(proxy.url, { cookie: session_ });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-playground-key-source")).toBe("server");
  });

  it("marks the cookie Secure behind a trusted HTTPS proxy", async () => {
    const { session } = await setUp({ PLAYGROUND_PASSWORD: PASSWORD, TRUST_PROXY: "1" });
    const response = await fetch(session.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(response.headers.get("set-cookie")).toContain("; Secure");
  });

  it("rejects a forged session cookie", async () => {
    const { proxy } = await setUp({ PLAYGROUND_PASSWORD: PASSWORD });
    const forged =
      "playground_session=eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ6ZW5tdXgtcGxheWdyb3VuZCJ9.c2lnbmF0dXJl";
    expect((await post(proxy.url, { cookie: forged })).status).toBe(401);
  });

  it("brakes repeated failures with a 429 and retry-after, even for the right password", async () => {
    const { session } = await setUp({ PLAYGROUND_PASSWORD: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signInWith(session.url, "wrong password")).status).toBe(401);
    const braked = await signInWith(session.url, PASSWORD);
    expect(braked.status).toBe(429);
    expect(Number(braked.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await braked.json()).error.type).toBe("rate_limit_error");
  });
});
