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

export function chooseDemoMode(on: boolean): void {
  // Not secret, so not httpOnly; SameSite=Strict keeps other sites from setting the mode.
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari.
  document.cookie = on
    ? `${DEMO_COOKIE}=1; Path=/; Max-Age=${30 * 24 * 3600}; SameSite=Strict`
    : `${DEMO_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`;
  window.location.reload();
}
