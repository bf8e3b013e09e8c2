/**
 * What each page loads for its first screen, read from the build's manifest. The prerendered page paints
 * with its inline stylesheet and a small bootstrap script; right after the paint the bootstrap fetches the
 * app (the entry's dynamic imports and all they import), which takes the first screen over, with the locale
 * files of the default language. All of that counts as first-screen JavaScript, the figure the budget
 * applies to. The calc engine, fetched once the app runs (at once when the address holds a link), is counted
 * apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

export interface PageWeight {
  page: string;
  /** JavaScript of the first screen: the bootstrap, the app that takes the screen over, its locale files. */
  jsGzip: number;
  /** Of which needed before the first paint (the bootstrap alone). */
  beforePaintGzip: number;
  cssGzip: number;
  afterPaintGzip: number;
  files: string[];
}

/** Budgets enforced by `npm run size` (and so by `npm test`): first-screen JavaScript, gzip bytes. */
export const BUDGETS: Record<string, number> = { 'index.html': 150 * 1024, 'widget.html': 150 * 1024 };

const NAMESPACES: Record<string, string[]> = {
  'index.html': ['common', 'calc', 'errors'],
  'widget.html': ['common', 'calc', 'errors', 'widget'],
  'embed.html': ['common', 'calc', 'errors', 'embed'],
};

const gz = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

export function pageWeights(dist = 'dist', language = 'kk'): PageWeight[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  return Object.keys(NAMESPACES).map((page) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const i of manifest[key].imports ?? []) visit(i);
    };
    visit(page);
    const beforePaint = [...seen].map((k) => manifest[k].file);
    // The bootstrap also starts the engine and the result's views early when the address holds a link: they
    // are not the first screen.
    const later = /src\/ui\/calculator\/(engine|views)\.ts$/;
    for (const d of manifest[page]?.dynamicImports ?? []) if (!later.test(d)) visit(d);
    const js = [...seen].map((k) => manifest[k].file);
    for (const ns of NAMESPACES[page]) {
      const chunk = manifest[`locales/${language}/${ns}.json`];
      if (chunk) js.push(chunk.file);
    }
    const css = [...new Set([...seen].flatMap((k) => manifest[k].css ?? []))];
    const engine = Object.entries(manifest).find(([k]) => k.endsWith('src/ui/calculator/engine.ts'));
    const usesEngine = page !== 'embed.html' && engine !== undefined;
    return {
      page,
      jsGzip: js.reduce((n, f) => n + gz(dist, f), 0),
      beforePaintGzip: beforePaint.reduce((n, f) => n + gz(dist, f), 0),
      cssGzip: css.reduce((n, f) => n + gz(dist, f), 0),
      afterPaintGzip: usesEngine && engine ? gz(dist, engine[1].file) : 0,
      files: [...js, ...css],
    };
  });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
