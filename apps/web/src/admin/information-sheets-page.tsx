// The administrator's information sheets (issue 16, part 2): the sheets per country of return and language, each
// with its newest version; publishing a new version (n+1, the earlier ones stay as given), and adding a sheet.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INFORMATION_TOPICS, type InformationTopic } from '@avrr/domain/case/pre-departure-information';
import { api } from '../api';
import { ErrorMessage, Field, Loaded, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { useFormat } from '../format';
import type { InformationSheet, InformationSheetDetail } from '../types';

/** A language's name in the reader's language ("French", "français", "الفرنسية"), its code where Intl has none. */
export function useLanguageName(): (code: string) => string {
  const { language } = useFormat();
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return (code) => names.of(code) ?? code;
}

export function InformationSheetsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState({ country: '', language: '' });
  const [applied, setApplied] = useState(filter);
  const query = new URLSearchParams(Object.entries(applied).filter(([, v]) => v.trim() !== '')).toString();
  const [load, retry] = useApi<InformationSheet[]>(`/information-sheets${query ? `?${query}` : ''}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ country: filter.country.trim().toUpperCase(), language: filter.language.trim().toLowerCase() });
  };
  return (
    <>
      <h1>{t('sheets.title')}</h1>
      <p className="muted">{t('sheets.intro')}</p>
      <form className="filters" role="search" aria-label={t('sheets.filter')} onSubmit={submit}>
        <Field label={t('sheets.country')} name="country" error={null}>
          {(a) => (
            <input
              {...a}
              value={filter.country}
              onChange={(e) => setFilter({ ...filter, country: e.target.value })}
              maxLength={2}
              size={4}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('sheets.language')} name="language" error={null}>
          {(a) => (
            <input
              {...a}
              value={filter.language}
              onChange={(e) => setFilter({ ...filter, language: e.target.value })}
              maxLength={2}
              size={4}
              autoComplete="off"
            />
          )}
        </Field>
        <button type="submit">{t('common.search')}</button>
      </form>
      <Loaded load={load} retry={retry}>
        {(sheets) => <SheetTable sheets={sheets} onDone={retry} />}
      </Loaded>
      <NewSheet onDone={retry} />
    </>
  );
}

function SheetTable({ sheets, onDone }: { sheets: InformationSheet[]; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const languageName = useLanguageName();
  const [open, setOpen] = useState<string | null>(null);
  if (sheets.length === 0) return <p className="empty">{t('sheets.empty')}</p>;
  return (
    <section aria-labelledby="sheets-list-title">
      <h2 id="sheets-list-title">{t('sheets.list')}</h2>
      <table data-testid="information-sheets">
        <thead>
          <tr>
            <th scope="col">{t('sheets.country')}</th>
            <th scope="col">{t('sheets.language')}</th>
            <th scope="col">{t('sheets.topic')}</th>
            <th scope="col">{t('sheets.version')}</th>
            <th scope="col">{t('sheets.published')}</th>
            <th scope="col">{t('sheets.next')}</th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((s) => (
            <SheetRow
              key={s.id}
              sheet={s}
              open={open === s.id}
              toggle={() => setOpen(open === s.id ? null : s.id)}
              onDone={() => {
                setOpen(null);
                onDone();
              }}
              cells={
                <>
                  <td>{s.countryOfReturn}</td>
                  <td>{languageName(s.language)}</td>
                  <td>
                    {t(`sheets.topics.${s.topic}`)}
                    <br />
                    <bdi className="muted">{s.title}</bdi>
                  </td>
                  <td>{t('sheets.versionN', { n: fmt.number(s.latestVersion) })}</td>
                  <td>{t('sheets.publishedBy', { name: s.publishedBy, date: fmt.dateTime(s.publishedAt) })}</td>
                </>
              }
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SheetRow({
  sheet,
  open,
  toggle,
  onDone,
  cells,
}: {
  sheet: InformationSheet;
  open: boolean;
  toggle: () => void;
  onDone: () => void;
  cells: React.ReactNode;
}) {
  const { t } = useTranslation();
  const formId = `publish-${sheet.id}`;
  return (
    <>
      <tr data-sheet={sheet.id} data-topic={sheet.topic} data-country={sheet.countryOfReturn}>
        {cells}
        <td>
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={formId} onClick={toggle}>
            {t('sheets.publish')}
          </button>
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={6}>
            <PublishVersion sheet={sheet} formId={formId} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The newest version's text as the starting point of the next one. */
function PublishVersion({ sheet, formId, onDone }: { sheet: InformationSheet; formId: string; onDone: () => void }) {
  const [detail, retry] = useApi<InformationSheetDetail>(`/information-sheets/${sheet.id}`);
  return (
    <Loaded load={detail} retry={retry}>
      {(d) => <VersionForm formId={formId} sheet={d} onDone={onDone} />}
    </Loaded>
  );
}

function VersionForm({ formId, sheet, onDone }: { formId: string; sheet: InformationSheetDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const latest = sheet.versions[0];
  const draft = useDraft(`sheet-version-${sheet.id}`, () => ({ title: latest?.title ?? '', body: latest?.body ?? '' }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await run(() => api('POST', `/information-sheets/${sheet.id}/versions`, draft.values));
    if (!done) return;
    draft.clear();
    onDone();
  }
  return (
    <form
      id={formId}
      className="action-form"
      aria-label={t('sheets.publishFor', { topic: t(`sheets.topics.${sheet.topic}`), country: sheet.countryOfReturn })}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <p className="muted">{t('sheets.nextVersion', { n: sheet.latestVersion + 1 })}</p>
      <SheetText values={draft.values} set={draft.set} error={error} />
      {error && <ErrorMessage error={error} shownFields={['title', 'body']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('sheets.publishSubmit')}
        </button>
      </div>
    </form>
  );
}

function SheetText({
  values,
  set,
  error,
}: {
  values: { title: string; body: string };
  set: (field: 'title' | 'body', value: string) => void;
  error: Parameters<typeof ErrorMessage>[0]['error'] | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('sheets.sheetTitle')} name="title" error={error}>
        {(a) => <input {...a} value={values.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />}
      </Field>
      <Field label={t('sheets.body')} name="body" error={error} hint={t('sheets.bodyHint')}>
        {(a) => <textarea {...a} rows={8} value={values.body} onChange={(e) => set('body', e.target.value)} />}
      </Field>
    </>
  );
}

interface NewSheetForm {
  countryOfReturn: string;
  topic: InformationTopic;
  language: string;
  title: string;
  body: string;
}

function NewSheet({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const draft = useDraft<NewSheetForm>('information-sheet-new', () => ({
    countryOfReturn: '',
    topic: 'reception',
    language: '',
    title: '',
    body: '',
  }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const form = draft.values;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await run(() => api('POST', '/information-sheets', form));
    if (!done) return;
    draft.clear();
    setOpen(false);
    onDone();
  }
  return (
    <section aria-labelledby="new-sheet-title">
      <h2 id="new-sheet-title">{t('sheets.new')}</h2>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="form-new-sheet"
        onClick={() => setOpen(!open)}
      >
        {t('sheets.newOpen')}
      </button>
      {open && (
        <form
          id="form-new-sheet"
          className="action-form"
          aria-label={t('sheets.new')}
          onSubmit={(e) => void submit(e)}
          noValidate
        >
          <Field label={t('sheets.country')} name="countryOfReturn" error={error} hint={t('sheets.countryHint')}>
            {(a) => (
              <input
                {...a}
                value={form.countryOfReturn}
                onChange={(e) => draft.set('countryOfReturn', e.target.value)}
                maxLength={2}
                autoComplete="off"
              />
            )}
          </Field>
          <Field label={t('sheets.topic')} name="topic" error={error}>
            {(a) => (
              <select
                {...a}
                value={form.topic}
                onChange={(e) => draft.set('topic', e.target.value as InformationTopic)}
              >
                {INFORMATION_TOPICS.map((topic) => (
                  <option key={topic} value={topic}>
                    {t(`sheets.topics.${topic}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('sheets.language')} name="language" error={error} hint={t('sheets.languageHint')}>
            {(a) => (
              <input
                {...a}
                value={form.language}
                onChange={(e) => draft.set('language', e.target.value)}
                maxLength={2}
                autoComplete="off"
              />
            )}
          </Field>
          <SheetText values={form} set={draft.set} error={error} />
          {error && (
            <ErrorMessage error={error} shownFields={['countryOfReturn', 'topic', 'language', 'title', 'body']} />
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={state.status === 'sending'}>
              {t('sheets.create')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
