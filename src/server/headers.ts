/**
 * The HTTP headers the calculator's static files should be served with (README: Deployment). `npm start`
 * serves them this way; a host copies them into its web server's configuration.
 *
 * - No inline script and no network connection beyond the app's own files, on every page.
 * - Every page refuses to be framed, except the widget page, which any site may frame.
 */
const BASE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Is this request path the widget page? */
export function isWidgetPath(path: string): boolean {
  const clean = path.split(/[?#]/)[0];
  return clean === '/widget.html' || clean === '/widget';
}

export function headersFor(path: string): Record<string, string> {
  if (isWidgetPath(path)) {
    return { ...COMMON, 'Content-Security-Policy': [...BASE_CSP, 'frame-ancestors *'].join('; ') };
  }
  return { ...COMMON, 'Content-Security-Policy': [...BASE_CSP, "frame-ancestors 'none'"].join('; '), 'X-Frame-Options': 'DENY' };
}
