"use client";

import { type FormEvent, useId, useState } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field-styles";

/** Sign-in (and sign-out) for the server's key; the session lives in an httpOnly cookie. */
export function SignInForm({ enabled, signedIn }: { enabled: boolean; signedIn: boolean }) {
  const passwordId = useId();
  const errorId = useId();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (init: RequestInit) => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/session", init);
      if (response.ok) {
        window.location.assign(init.method === "POST" ? "/" : "/sign-in");
        return;
      }
      const body = await response.json().catch(() => undefined);
      setError(body?.error?.message ?? `Sign-in failed (HTTP ${response.status}).`);
    } catch {
      setError("The server could not be reached.");
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password }),
    });
  };

  return (
    <div className="w-[min(24rem,100%)] rounded-lg border border-border bg-surface-raised p-6 shadow-sm">
      <h1 className="text-base font-semibold">Sign in to ZenMux Playground</h1>
      {!enabled ? (
        <p className="mt-2 text-sm text-fg-muted">
          This server has no sign-in.{" "}
          <a href="/" className="underline">
            Back to the playground
          </a>
          .
        </p>
      ) : signedIn ? (
        <div className="mt-3 space-y-4">
          <p className="text-sm text-fg-muted">
            You are signed in: runs without a key of your own use this server's ZenMux key.
          </p>
          <div className="flex justify-end gap-2">
            <button
              type="button"
              disabled={busy}
              onClick={() => void send({ method: "DELETE" })}
              className={secondaryButtonClass}
            >
              Sign out
            </button>
            <a href="/" className={primaryButtonClass}>
              Open the playground
            </a>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="mt-3 space-y-4">
          <p className="text-sm text-fg-muted">
            The password unlocks this server's ZenMux key for this browser. Without it you can still
            use your own key or demo mode.
          </p>
          <div className="space-y-1.5">
            <label htmlFor={passwordId} className="block text-sm font-medium">
              Password
            </label>
            <input
              id={passwordId}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => setPassword(event.target.value)}
              className="h-9 w-full rounded-md border border-border-strong bg-surface px-3 text-sm"
            />
            {error && (
              <p id={errorId} className="text-sm text-danger">
                {error}
              </p>
            )}
          </div>
          <div className="flex items-center justify-between gap-2">
            <a href="/" className="text-sm underline underline-offset-2">
              Back
            </a>
            <button type="submit" disabled={busy || !password} className={primaryButtonClass}>
              Sign in
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
