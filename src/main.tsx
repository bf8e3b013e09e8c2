/**
 * The page's only script tag: the prerendered first screen paints first, then the app is fetched and takes
 * it over (hydration), so that nothing on the slow mobile connection competes with the first paint.
 */
import './ui/app.css';
import { afterFirstPaint } from './ui/afterFirstPaint';

afterFirstPaint(() => import('./app'));
