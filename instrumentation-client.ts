import { config } from "zod/v4/core";

// Runs in the browser before the app. Zod probes whether it may compile parsers with `new Function`; under
// our Content-Security-Policy (no 'unsafe-eval') that probe is refused and reported as a violation. Parsing
// without compiled parsers is just as correct and fast enough for form-sized input.
config({ jitless: true });
