import { describe, expect, it } from "vitest";
import { chooseDemoMode, DEMO_COOKIE, type DemoModePage } from "./server-key-gate";

function page(withCookieStore: boolean) {
  const events: string[] = [];
  let release = () => {};
  const stored = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fake: DemoModePage = {
    document: {
      set cookie(value: string) {
        events.push(`document.cookie ${value}`);
      },
      get cookie() {
        return "";
      },
    },
    location: { reload: () => events.push("reload") },
  };
  if (withCookieStore)
    fake.cookieStore = {
      set: async (options) => {
        events.push(`set ${JSON.stringify(options)}`);
        await stored;
      },
      delete: async (options) => {
        events.push(`delete ${JSON.stringify(options)}`);
        await stored;
      },
    };
  return { fake, events, release };
}

describe("chooseDemoMode", () => {
  it("reloads only once the cookie store has the new cookie", async () => {
    const { fake, events, release } = page(true);
    const done = chooseDemoMode(false, fake);
    await Promise.resolve();
    expect(events).toEqual([`delete {"name":"${DEMO_COOKIE}","path":"/"}`]);
    release();
    await done;
    expect(events.at(-1)).toBe("reload");
  });

  it("sets a strict, site-wide cookie for a month", async () => {
    const { fake, events, release } = page(true);
    release();
    await chooseDemoMode(true, fake);
    const set = JSON.parse(events[0]?.replace(/^set /, "") ?? "{}");
    expect(set).toMatchObject({ name: DEMO_COOKIE, value: "1", path: "/", sameSite: "strict" });
    expect(set.expires - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
  });

  it("falls back to document.cookie where the Cookie Store API is missing", async () => {
    const { fake, events } = page(false);
    await chooseDemoMode(true, fake);
    await chooseDemoMode(false, fake);
    expect(events).toEqual([
      `document.cookie ${DEMO_COOKIE}=1; Path=/; Max-Age=2592000; SameSite=Strict`,
      "reload",
      `document.cookie ${DEMO_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`,
      "reload",
    ]);
  });
});
