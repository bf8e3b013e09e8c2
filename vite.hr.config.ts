/**
 * The HR workbench (hr.html) is built on its own, after the calculator, into the same dist/: it shares source
 * modules with the calculator, and in one build they would be regrouped into new shared chunks, changing the
 * calculator's first-screen files. Built apart, the calculator's output stays as it was, byte for byte, and the
 * workbench carries its own copy of React (cached once, on this page only).
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist',
    emptyOutDir: false,
    manifest: false,
    rolldownOptions: { input: { hr: resolve(import.meta.dirname, 'hr.html') } },
  },
  worker: { format: 'es' },
});
