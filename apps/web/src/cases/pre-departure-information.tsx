// "Pre-departure information" on the case page (issue 16, part 2): which of the country's information sheets were
// given, in which language and version, and who acknowledged them; the counsellor records it here. Consent waits for
// it while the programme requires it: the API's refusal says so.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '@avrr/domain/case/case-state';
import { informationRecordsOf } from '@avrr/domain/case/pre-departure-information';
import { useUser } from '../auth';
import { Check, ErrorMessage, Field, Loaded, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { localDay, useFormat } from '../format';
import { useLanguageName } from '../admin/information-sheets-page';
import { ACTION_STAGES, may } from '../permissions';
import type { CaseView, InformationSheet, PersonView } from '../types';

const fullName = (p: PersonView) => `${p.givenNames} ${p.familyName}`;

export function PreDepartureInformationPanel({
  view,
  state,
  onDone,
}: {
  view: CaseView;
  state: CaseState | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const records = state ? informationRecordsOf(state) : [];
  const mayRecord =
    may(user.role, 'case.record_pre_departure_information') &&
    ACTION_STAGES.record_pre_departure_information.includes(view.stage);
  if (!mayRecord && records.length === 0) return null;
  return (
    <section aria-labelledby="information-title" data-testid="pre-departure-information">
      <h2 id="information-title">{t('information.title')}</h2>
      {records.length === 0 ? (
        <p className="empty">{t('information.none')}</p>
      ) : (
        <Records view={view} records={records} />
      )}
      {mayRecord && <RecordForm view={view} onDone={onDone} />}
    </section>
  );
}

function Records({ view, records }: { view: CaseView; records: ReturnType<typeof informationRecordsOf> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const languageName = useLanguageName();
  const people = [view.principal, ...view.household];
  return (
    <ul className="cards" data-testid="information-records">
      {records.map((r) => {
        const person = people.find((p) => p.id === r.personId);
        return (
          <li key={r.id} className="card" data-record={r.id}>
            <p className="card-title">
              {t('information.acknowledged', {
                name: person ? fullName(person) : t('common.person'),
                date: fmt.date(r.acknowledgedOn),
              })}
            </p>
            <p>{t('information.inLanguage', { language: languageName(r.language) })}</p>
            <ul>
              {r.sheets.map((s) => (
                <li key={s.sheetId}>
                  {t(`sheets.topics.${s.topic}`)} · {t('sheets.versionN', { n: fmt.number(s.version) })}
                </li>
              ))}
            </ul>
            <p className="muted">
              {t('information.recordedBy', { name: r.by.name, date: fmt.dateTime(r.recordedAt) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function RecordForm({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Every language the country's sheets are written in; the counsellor picks one, then the sheets given.
  const [sheets, retry] = useApi<InformationSheet[]>(
    open ? `/information-sheets?country=${encodeURIComponent(view.countryOfReturn)}` : null,
  );
  return (
    <>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="form-information"
        onClick={() => setOpen(!open)}
      >
        {t('information.open')}
      </button>
      {open && (
        <Loaded load={sheets} retry={retry}>
          {(all) =>
            all.length === 0 ? (
              <p className="empty">{t('information.noSheets', { country: view.countryOfReturn })}</p>
            ) : (
              <Form
                view={view}
                sheets={all}
                onDone={() => {
                  setOpen(false);
                  onDone();
                }}
              />
            )
          }
        </Loaded>
      )}
    </>
  );
}

interface InformationForm {
  language: string;
  sheetIds: string[];
  personId: string;
  acknowledgedOn: string;
}

function Form({ view, sheets, onDone }: { view: CaseView; sheets: InformationSheet[]; onDone: () => void }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const languages = [...new Set(sheets.map((s) => s.language))].sort();
  const people = [view.principal, ...view.household];
  const draft = useDraft<InformationForm>(`information-${view.id}`, () => ({
    language: languages[0],
    sheetIds: sheets.filter((s) => s.language === languages[0]).map((s) => s.id),
    personId: view.principal.id,
    acknowledgedOn: localDay(),
  }));
  const { state, send } = useSubmit();
  const form = draft.values;
  const error = state.status === 'error' ? state.error : null;
  const inLanguage = sheets.filter((s) => s.language === form.language);
  const change = <K extends keyof InformationForm>(field: K, value: InformationForm[K]) => {
    draft.newKey();
    draft.set(field, value);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const given = inLanguage.filter((s) => form.sheetIds.includes(s.id));
    const sent = await send({
      method: 'POST',
      path: `/cases/${view.id}/pre-departure-information`,
      body: {
        personId: form.personId,
        language: form.language,
        sheets: given.map((s) => ({ sheetId: s.id, version: s.latestVersion })),
        acknowledgedOn: form.acknowledgedOn,
      },
      idempotencyKey: draft.idempotencyKey(),
    });
    if (sent !== undefined) {
      draft.clear();
      onDone();
    }
  }

  return (
    <form
      id="form-information"
      className="action-form"
      aria-label={t('information.open')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <Field label={t('information.language')} name="language" error={error}>
        {(a) => (
          <select
            {...a}
            // Not "language": that name is the app's own language picker.
            name="sheetLanguage"
            value={form.language}
            onChange={(e) => {
              change('language', e.target.value);
              // A new language: its sheets, all of them, as the starting choice.
              draft.set(
                'sheetIds',
                sheets.filter((s) => s.language === e.target.value).map((s) => s.id),
              );
            }}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('information.sheetsGiven')}</legend>
        {inLanguage.map((s) => (
          <Check
            key={s.id}
            name={`sheet-${s.id}`}
            label={`${t(`sheets.topics.${s.topic}`)}: ${s.title} (${t('sheets.versionN', { n: s.latestVersion })})`}
            checked={form.sheetIds.includes(s.id)}
            onChange={(on) =>
              change('sheetIds', on ? [...form.sheetIds, s.id] : form.sheetIds.filter((id) => id !== s.id))
            }
          />
        ))}
      </fieldset>
      <Field label={t('information.person')} name="personId" error={error}>
        {(a) => (
          <select {...a} value={form.personId} onChange={(e) => change('personId', e.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {fullName(p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('information.acknowledgedOn')} name="acknowledgedOn" error={error}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={form.acknowledgedOn}
            onChange={(e) => change('acknowledgedOn', e.target.value)}
          />
        )}
      </Field>
      {error && <ErrorMessage error={error} shownFields={['language', 'personId', 'acknowledgedOn']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('information.submit')}
        </button>
      </div>
    </form>
  );
}
