/**
 * What the page knows about this visitor and the server's key: present only when the server holds
 * a key this visitor may not use yet, with the ways in the server offers.
 */
export interface ServerKeyGate {
  /** Signing in with the playground's password is possible. */
  signIn: boolean;
  /** Playground tokens are accepted (entered where the own key goes). */
  tokens: boolean;
  /** This browser chose demo mode instead. */
  demoChosen: boolean;
}

/** The cookie that says this browser chose demo mode; the server answers it with the emulator. */
export const DEMO_COOKIE = "playground_demo";

/** What choosing demo mode needs of the page: its cookies, and a reload to render the choice. */
export interface DemoModePage {
  cookieStore?: Pick<CookieStore, "set" | "delete">;
  document: { cookie: string };
  location: { reload(): void };
}

const DEMO_MAX_AGE_S = 30 * 24 * 3600;

/**
 * Sets or clears the demo cookie, then reloads so the server renders the page for the choice.
 * Chromium commits a `document.cookie` write to its cookie store asynchronously, so a reload right
 * after it can still send the old cookie (the page came back in demo mode after "leave demo mode").
 * The Cookie Store API resolves once the cookie is stored; `document.cookie` is the fallback where
 * that API is missing.
 */
export async function chooseDemoMode(on: boolean, page: DemoModePage = window): Promise<void> {
  // Not secret, so not httpOnly; SameSite=Strict keeps other sites from setting the mode.
  if (page.cookieStore) {
    await (on
      ? page.cookieStore.set({
          name: DEMO_COOKIE,
          value: "1",
          path: "/",
          expires: Date.now() + DEMO_MAX_AGE_S * 1000,
          sameSite: "strict",
        })
      : page.cookieStore.delete({ name: DEMO_COOKIE, path: "/" }));
  } else {
    page.document.cookie = on
      ? `${DEMO_COOKIE}=1; Path=/; Max-Age=${DEMO_MAX_AGE_S}; SameSite=Strict`
      : `${DEMO_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`;
  }
  page.location.reload();
}
