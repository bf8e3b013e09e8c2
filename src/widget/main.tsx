/** The widget page's only script tag: as src/main.tsx, the prerendered widget paints before the app loads. */
import '../ui/app.css';
import { afterFirstPaint } from '../ui/afterFirstPaint';

afterFirstPaint(() => import('./app'));
