/**
 * The HTTP headers the calculator's static files should be served with (README: Deployment). `npm start`
 * serves them this way; a host copies them into its web server's configuration.
 *
 * - No inline script and no network connection beyond the app's own files, on every page.
 * - Every page refuses to be framed, except the widget page, which any site may frame.
 */
const baseCsp = (styleHashes: readonly string[]) => [
  "default-src 'self'",
  "script-src 'self'",
  ['style-src', "'self'", ...styleHashes].join(' '),
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

/**
 * The headers of a path. `styleHashes` are the hashes of the stylesheet the build puts into the prerendered
 * pages (dist/csp.json), the only inline code the policy allows.
 */
export function headersFor(path: string, styleHashes: readonly string[] = []): Record<string, string> {
  if (isWidgetPath(path)) {
    return { ...COMMON, 'Content-Security-Policy': [...baseCsp(styleHashes), 'frame-ancestors *'].join('; ') };
  }
  return { ...COMMON, 'Content-Security-Policy': [...baseCsp(styleHashes), "frame-ancestors 'none'"].join('; '), 'X-Frame-Options': 'DENY' };
}

/** The same headers in the `_headers` format of static hosts (Netlify, Cloudflare Pages). */
export function netlifyHeaders(styleHashes: readonly string[]): string {
  const block = (path: string, probe: string) =>
    [path, ...Object.entries(headersFor(probe, styleHashes)).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return `${block('/widget.html', '/widget.html')}\n\n${block('/*', '/')}\n`;
}
