import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { may } from '../permissions';
import type { CaseView, PartnerOrganisation } from '../types';

interface Options {
  offices: Array<{ code: string; name: string }>;
  counsellors: Array<{ id: string; name: string; email: string; offices: string[] }>;
  partnerOrganisations: PartnerOrganisation[];
}

interface ReassignForm {
  hostOffice: string;
  counsellorId: string;
  partnerOrganisationId: string;
  reason: string;
}

/**
 * The supervisor's transfer and reassignment: another office, counsellor or partner organisation, with a reason.
 * Only what differs from the case's assignment is sent; the API names any field it refuses.
 */
export function ReassignPanel({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  if (!may(user.role, 'cases.reassign') || view.stage === 'closed') return null;
  return (
    <section aria-labelledby="reassign-title" className="actions">
      <h2 id="reassign-title">{t('reassign.title')}</h2>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="form-reassign"
        onClick={() => setOpen(!open)}
      >
        {t('reassign.open')}
      </button>
      {open && <ReassignFormBody view={view} onDone={onDone} />}
    </section>
  );
}

function ReassignFormBody({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const [options, retry] = useApi<Options>(`/cases/${view.id}/assignment/options`);
  return (
    <Loaded load={options} retry={retry}>
      {(o) => <Form view={view} options={o} onDone={onDone} />}
    </Loaded>
  );
}

function Form({ view, options, onDone }: { view: CaseView; options: Options; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const draft = useDraft<ReassignForm>(`reassign-${view.id}`, () => ({
    hostOffice: view.hostOffice,
    counsellorId: '',
    partnerOrganisationId: view.partnerOrganisation?.id ?? '',
    reason: '',
  }));
  const { state, run } = useSubmit();
  const form = draft.values;
  const error = state.status === 'error' ? state.error : null;
  const counsellors = options.counsellors.filter((c) => c.offices.includes(form.hostOffice));
  const set = (field: keyof ReassignForm, value: string) => {
    draft.newKey();
    draft.set(field, value);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      ...(form.hostOffice !== view.hostOffice ? { hostOffice: form.hostOffice } : {}),
      ...(form.counsellorId ? { counsellorId: form.counsellorId } : {}),
      ...(form.partnerOrganisationId && form.partnerOrganisationId !== view.partnerOrganisation?.id
        ? { partnerOrganisationId: form.partnerOrganisationId }
        : {}),
      reason: form.reason,
    };
    const done = await run(() => api<unknown>('POST', `/cases/${view.id}/assignment`, body));
    if (!done) return;
    draft.clear();
    // A case sent to an office outside the supervisor's own leaves their sight: back to the list, saying where it went.
    if (!user.offices.includes(form.hostOffice)) {
      navigate('/cases', {
        state: { flash: t('reassign.transferred', { reference: view.reference, office: form.hostOffice }) },
      });
    } else {
      onDone();
    }
  }

  return (
    <form
      id="form-reassign"
      aria-label={t('reassign.open')}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="action-form"
    >
      <Field label={t('reassign.hostOffice')} name="hostOffice" error={error}>
        {(a) => (
          <select
            {...a}
            value={form.hostOffice}
            onChange={(e) => {
              set('hostOffice', e.target.value);
              draft.set('counsellorId', '');
            }}
          >
            {options.offices.map((o) => (
              <option key={o.code} value={o.code}>
                {o.code} · {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reassign.counsellor')} name="counsellorId" error={error}>
        {(a) => (
          <select {...a} value={form.counsellorId} onChange={(e) => set('counsellorId', e.target.value)}>
            <option value="">{t('reassign.keepCounsellor', { name: view.counsellor.name })}</option>
            {counsellors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.email})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reassign.partnerOrganisation')} name="partnerOrganisationId" error={error}>
        {(a) => (
          <select
            {...a}
            value={form.partnerOrganisationId}
            onChange={(e) => set('partnerOrganisationId', e.target.value)}
          >
            {!view.partnerOrganisation && <option value="">{t('reassign.noPartner')}</option>}
            {options.partnerOrganisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reassign.reason')} name="reason" error={error}>
        {(a) => <textarea {...a} value={form.reason} onChange={(e) => set('reason', e.target.value)} maxLength={500} />}
      </Field>
      <p className="muted">{t('reassign.reasonHint')}</p>
      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => void submit({ preventDefault() {} } as FormEvent)}
          shownFields={['hostOffice', 'counsellorId', 'partnerOrganisationId', 'reason']}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('reassign.submit')}
        </button>
      </div>
    </form>
  );
}
