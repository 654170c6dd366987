// ISCO-08 occupations: found by search as the user types a title, and shown by code.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorMessage, Field, Loading, useApi } from '../components';
import { useSubmit } from '../drafts';
import type { Suggestion } from './skills-types';

/** The title of an ISCO-08 unit group: known when just picked from the search, fetched otherwise. */
export function OccupationTitle({ code, known }: { code: string; known: string }) {
  const [load] = useApi<{ title: string }>(known ? null : `/occupations/groups/${code}`);
  if (known) return <span>{known}</span>;
  return <span>{load.status === 'ok' ? load.data.title : ''}</span>;
}

export function OccupationSearch({ chosen, onAdd }: { chosen: string[]; onAdd: (s: Suggestion) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Suggestion[] | null>(null);
  const { state, run } = useSubmit();
  async function search() {
    if (query.trim().length < 2) return;
    const found = await run(() =>
      api<{ items: Suggestion[] }>('GET', `/occupations/search?q=${encodeURIComponent(query.trim())}&limit=8`),
    );
    if (found) setResults(found.items);
  }
  return (
    <div className="occupation-search" role="search" aria-label={t('skills.search')}>
      <Field label={t('skills.search')} name="occupationSearch" hint={t('skills.searchHint')}>
        {(a) => (
          <div className="search-row">
            <input
              {...a}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Enter searches; it must not submit the profile.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void search();
                }
              }}
              autoComplete="off"
            />
            <button type="button" onClick={() => void search()} disabled={state.status === 'sending'}>
              {t('skills.searchButton')}
            </button>
          </div>
        )}
      </Field>
      {state.status === 'sending' && <Loading />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void search()} />}
      {results && (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p className="empty">{t('skills.noResults')}</p>
          ) : (
            <ul className="suggestions" aria-label={t('skills.results')}>
              {results.map((s) => (
                <li key={s.code}>
                  <span>
                    <strong>{s.code}</strong> {s.title}
                    {s.matchedTitle !== s.title && <span className="muted"> ({s.matchedTitle})</span>}
                  </span>
                  <button
                    type="button"
                    disabled={chosen.includes(s.code)}
                    aria-label={t('skills.addOccupation', { code: s.code, title: s.title })}
                    onClick={() => onAdd(s)}
                  >
                    {t('skills.add')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
