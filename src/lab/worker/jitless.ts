import { config } from 'zod';

// The page's policy forbids eval, which zod's validators would otherwise compile with (and
// Firefox reports each refused attempt as an error). Imported first by the worker's entry, so it
// runs before any schema is built: validation then interprets instead of compiling.
config({ jitless: true });
