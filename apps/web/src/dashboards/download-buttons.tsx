import { useTranslation } from 'react-i18next';
import { saveDownload } from '../api';
import { ErrorMessage } from '../components';
import { useSubmit } from '../drafts';

/** A view's rows to take away, as CSV or XLSX: the same query with `format`, so the same filters and scope apply. */
export function DownloadButtons({ path, title }: { path: string; title: string }) {
  const { t } = useTranslation();
  const { state, run } = useSubmit();
  const save = (format: 'csv' | 'xlsx') =>
    void run(() => saveDownload(`${path}${path.includes('?') ? '&' : '?'}format=${format}`));
  return (
    <div className="downloads" role="group" aria-label={t('dashboards.downloads', { title })}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => save(format)}
          disabled={state.status === 'sending'}
          aria-label={t('dashboards.downloadAs', { title, format: format.toUpperCase() })}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
    </div>
  );
}
