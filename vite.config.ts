import react from '@vitejs/plugin-react';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor } from './src/server/headers.ts';

/** `vite preview` (npm start) sends the headers a production host should send (src/server/headers.ts). */
function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      const csp = resolve(server.config.root, server.config.build.outDir, 'csp.json');
      const styleHashes: string[] = existsSync(csp) ? JSON.parse(readFileSync(csp, 'utf8')).styleHashes : [];
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headersFor(req.url ?? '/', styleHashes))) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), securityHeaders()],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        // Fewer, larger files for the first screen: on a slow phone each request waits ~400 ms for its first byte.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-hook-form|i18next|react-i18next)[\\/]/, priority: 3 },
            { name: 'boot', test: /src[\\/](i18n[\\/](files|languages|namespaces)|ui[\\/]afterFirstPaint|ui[\\/]calculator[\\/](earlyInput|link))\.ts$/, priority: 2 },
            // The form's model and the calendar it shares with the engine: one request on the first screen, not two.
            { name: 'formModel', test: /src[\\/](ui[\\/]calculator[\\/]formModel|core[\\/]dates)\.ts$/, priority: 1 },
          ],
        },
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        widget: resolve(import.meta.dirname, 'widget.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
