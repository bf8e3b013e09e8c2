/**
 * zod compiles fast parsers with `new Function` unless told not to; the app's Content-Security-Policy allows
 * no eval, so in the browser the attempt would be reported as a violation. The engine imports this before
 * anything that defines a schema (the core keeps zod's default, and its speed, on the command line).
 */
import { z } from 'zod';

z.config({ jitless: true });
