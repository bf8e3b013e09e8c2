/**
 * Prerendering (run after `vite build`, built by Vite for Node): the first screen of the calculator and of
 * the widget, in Kazakh (the default language), is written into dist/index.html and dist/widget.html, so it
 * paints before any JavaScript runs. The browser then hydrates it (src/main.tsx, src/widget/main.tsx).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { netlifyHeaders } from '../server/headers';
import { serviceWorkerSource } from './serviceWorker';
import { App } from '../ui/App';
import { readOptions } from '../widget/options';
import { Widget } from '../widget/Widget';

const dist = resolve(process.argv[2] ?? 'dist');

/** Every file below a folder, as paths relative to it with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(resolve(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(resolve(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
  });
}

const styleHashes = new Set<string>();

/**
 * The stylesheet is all the first paint waits for: it goes into the page itself (one round trip less on a
 * slow mobile connection), and its SHA-256 into the Content-Security-Policy (dist/csp.json), which allows
 * exactly this style and no other inline style or script.
 */
function inlineStyles(html: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_, file: string) => {
    const css = readFileSync(resolve(dist, file), 'utf8');
    styleHashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/**
 * The app's modules are fetched with the page, not after it: the bootstrap runs the app only once the page has
 * painted, but on a slow phone the download is what takes longest, so the HTML asks for every module the app
 * imports at once (modulepreload), in parallel with the page.
 */
function preloadApp(html: string, appSource: string): string {
  if (process.env.NO_PRELOAD) return html;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(appSource);
  const links = [...files].filter((f) => !html.includes(`/${f}"`)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`);
  return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
}

async function prerender(file: string, namespaces: string[], render: () => React.ReactNode, appSource: string) {
  const path = resolve(dist, file);
  const html = readFileSync(path, 'utf8');
  const marker = '<div id="root"></div>';
  if (!html.includes(marker)) throw new Error(`${file}: no empty root to fill`);
  const i18n = await createI18n(DEFAULT_LANGUAGE, namespaces);
  const body = renderToString(<I18nextProvider i18n={i18n}>{render()}</I18nextProvider>);
  writeFileSync(path, preloadApp(inlineStyles(html), appSource).replace(marker, `<div id="root" data-prerendered="${DEFAULT_LANGUAGE}">${body}</div>`));
  console.log(`prerendered ${file} (${DEFAULT_LANGUAGE}, ${(body.length / 1024).toFixed(1)} KiB of HTML)`);
}

await prerender('index.html', [], () => <App />, 'src/app.tsx');
await prerender('widget.html', ['widget'], () => <Widget options={readOptions('')} siteUrl="./" />, 'src/widget/app.tsx');
// The service worker precaches every file of the build (the server-side helpers aside).
const files = listFiles(dist).filter((f) => !/^(\.vite\/|csp\.json$|_headers$|sw\.js$)/.test(f));
const version = createHash('sha256').update(files.map((f) => `${f}:${createHash('sha256').update(readFileSync(resolve(dist, f))).digest('hex')}`).join('\n')).digest('hex').slice(0, 12);
writeFileSync(resolve(dist, 'sw.js'), serviceWorkerSource(['./', ...files], version));
console.log(`wrote sw.js (version ${version}, ${files.length} files)`);
writeFileSync(resolve(dist, 'csp.json'), `${JSON.stringify({ styleHashes: [...styleHashes] }, null, 2)}\n`);
writeFileSync(resolve(dist, '_headers'), netlifyHeaders([...styleHashes]));
console.log(`wrote csp.json and _headers (${styleHashes.size} inline style hash)`);
