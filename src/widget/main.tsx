/** The widget page's only script tag: as src/main.tsx, the prerendered widget paints before the app loads. */
import '../ui/app.css';
import { startLoading } from '../i18n/files';
import { BASE_NAMESPACES } from '../i18n/namespaces';
import { detectLanguage } from '../i18n/languages';
import { afterFirstPaint } from '../ui/afterFirstPaint';
import { recordEarlyInput } from '../ui/calculator/earlyInput';
import { hasLink } from '../ui/calculator/link';

const root = document.getElementById('root');
if (root) recordEarlyInput(root);
// As the widget decides (its `lang` option, else the browser): detectLanguage reads `?lang=` the same way.
startLoading(detectLanguage(window.location.search, navigator.languages ?? [navigator.language]), [...BASE_NAMESPACES, 'widget']);
if (hasLink(window.location.hash)) {
  // A link's answer needs the engine and the result's views: fetched with the app, not after it.
  void import('../ui/calculator/engine').catch(() => undefined);
  void import('../ui/calculator/views').catch(() => undefined);
}
afterFirstPaint(() => import('./app'));
