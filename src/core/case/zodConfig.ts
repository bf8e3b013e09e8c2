/**
 * zod compiles fast parsers with `new Function` unless told not to; the app's Content-Security-Policy allows
 * no eval, so the attempt would be reported as a violation. Import this before defining any schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
