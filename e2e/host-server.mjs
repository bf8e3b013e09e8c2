// A partner's page on another origin (another port), for the widget's browser tests. Query parameters of
// /loader.html become the loader script's data- attributes; /iframe.html embeds the widget with a plain iframe
// whose address is the `src` parameter. Each page records what reaches it in window.received.
import { createServer } from 'node:http';

const PORT = Number(process.env.HOST_PORT ?? 4174);
const APP = process.env.APP_ORIGIN ?? 'http://127.0.0.1:4173';
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const recorder = `<script>
  window.received = [];
  window.results = [];
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  document.addEventListener('gfss-calc:result', (e) => window.results.push(e.detail));
</script>`;

function page(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title>${recorder}</head>
<body style="margin:0;font-family:sans-serif"><h1>Partner page</h1><p>Above the widget.</p>${body}<p id="below">Below the widget.</p></body></html>`;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  let html;
  if (url.pathname === '/loader.html') {
    const attrs = [...url.searchParams].map(([k, v]) => (v === '' ? ` data-${escape(k)}` : ` data-${escape(k)}="${escape(v)}"`)).join('');
    html = page(`<div id="slot"><script src="${APP}/embed.js"${attrs} async></script></div>`);
  } else if (url.pathname === '/iframe.html') {
    const src = url.searchParams.get('src') ?? `${APP}/widget.html`;
    html = page(`<iframe id="plain" src="${escape(src)}" title="calculator" style="width:100%;height:900px;border:0"></iframe>`);
  } else {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
}).listen(PORT, '127.0.0.1');
