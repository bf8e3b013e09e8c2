/**
 * The page's only script tag. The prerendered first screen paints from the HTML alone; this bootstrap then
 * - records whatever the person types into the prerendered form, so the app starts from it;
 * - starts fetching the active language's texts, and the calc engine when the address holds a `#case=` link,
 *   alongside the app (the HTML already asks for the app's modules: modulepreload);
 * - runs the app once the page has painted; the app takes the page over (hydration).
 */
import './ui/app.css';
import { BASE_NAMESPACES } from './i18n/namespaces';
import { startLoading } from './i18n/files';
import { detectLanguage } from './i18n/languages';
import { afterFirstPaint } from './ui/afterFirstPaint';
import { recordEarlyInput } from './ui/calculator/earlyInput';
import { hasLink } from './ui/calculator/link';

const root = document.getElementById('root');
if (root) recordEarlyInput(root);
startLoading(detectLanguage(window.location.search, navigator.languages ?? [navigator.language]), BASE_NAMESPACES);
if (hasLink(window.location.hash)) {
  // A link's answer needs the engine and the result's views: fetched with the app, not after it.
  void import('./ui/calculator/engine').catch(() => undefined);
  void import('./ui/calculator/views').catch(() => undefined);
}
afterFirstPaint(() => import('./app'));
