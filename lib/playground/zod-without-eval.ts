import { z } from "zod";

// zod probes `new Function` for a faster parser; the page's CSP forbids eval, and the probe alone
// shows up as a violation. Imported for this side effect before any schema parses in the browser.
z.config({ jitless: true });
