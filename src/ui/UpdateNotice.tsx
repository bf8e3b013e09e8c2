import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { activateUpdate, subscribe, updateReady } from './serviceWorker';

/** "A newer version is ready": shown when the service worker has installed one. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const ready = useSyncExternalStore(subscribe, updateReady, () => false);
  if (!ready) return null;
  return (
    <div className="notice update-notice no-print" role="status">
      {t('app.update_ready')}{' '}
      <button type="button" onClick={activateUpdate}>
        {t('app.update_now')}
      </button>
    </div>
  );
}
