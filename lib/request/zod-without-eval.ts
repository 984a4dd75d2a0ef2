import { z } from "zod";

// zod probes `new Function` for a faster parser; the page's CSP forbids eval, and the probe alone
// shows up as a violation. Every browser module that parses with zod imports this first (for its
// side effect), so the first screen need not load zod at all.
z.config({ jitless: true });
