// The links from a returnee to opportunities, each moved on step by step (proposed, accepted, started, ...).
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_STATUSES, type LinkStatus, linkStepRefusal } from '@avrr/domain/reintegration/opportunity-link';
import { api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { localDay, useFormat } from '../format';
import { may } from '../permissions';
import type { LinkView } from './skills-types';

export function LinkCard({ caseId, link, onStep }: { caseId: string; link: LinkView; onStep: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const [opportunity] = useApi<{ title: string; type: string }>(`/opportunities/${link.opportunityId}`);
  const title = opportunity.status === 'ok' ? opportunity.data.title : '…';
  const today = localDay();
  const next = LINK_STATUSES.filter((s) => s !== 'proposed' && linkStepRefusal(link.history, s, today, today) === null);
  return (
    <li className="card" data-link={link.id} data-status={link.status}>
      <p className="card-title">
        {title} <span className={`badge link-${link.status}`}>{t(`codes.linkStatuses.${link.status}`)}</span>
      </p>
      {opportunity.status === 'ok' && (
        <p className="muted">
          {t(`codes.opportunityTypes.${opportunity.data.type}`, { defaultValue: opportunity.data.type })}
        </p>
      )}
      <ol className="steps">
        {link.history.map((s, i) => (
          <li key={i}>
            {t(`codes.linkStatuses.${s.status}`)} · <time dateTime={s.on}>{fmt.date(s.on)}</time>
            {s.note && <span className="muted"> · {s.note}</span>}
          </li>
        ))}
      </ol>
      {next.length === 0 ? (
        <p className="muted">{t('skills.finished')}</p>
      ) : (
        may(user.role, 'links.write') && (
          <StepForm caseId={caseId} link={link} next={next} title={title} onDone={onStep} />
        )
      )}
    </li>
  );
}

function StepForm({
  caseId,
  link,
  next,
  title,
  onDone,
}: {
  caseId: string;
  link: LinkView;
  next: LinkStatus[];
  title: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const draft = useDraft(`${caseId}.link-step.${link.id}`, () => ({
    status: next[0] as string,
    on: localDay(),
    note: '',
  }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const status = next.includes(draft.values.status as LinkStatus) ? draft.values.status : next[0];
  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const body = { status, on: draft.values.on, ...(draft.values.note.trim() ? { note: draft.values.note } : {}) };
    const ok = await run(() =>
      api('POST', `/cases/${caseId}/links/${link.id}/steps`, body, { idempotencyKey: draft.idempotencyKey() }),
    );
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }
  const change = (field: 'status' | 'on' | 'note', value: string) => {
    draft.newKey();
    draft.set(field, value);
  };
  return (
    <form
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('skills.moveTitle', { title })}
    >
      <div className="row">
        <Field label={t('skills.nextStatus')} name="status" error={error}>
          {(a) => (
            <select {...a} value={status} onChange={(e) => change('status', e.target.value)}>
              {next.map((s) => (
                <option key={s} value={s}>
                  {t(`codes.linkStatuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('skills.on')} name="on" error={error}>
          {(a) => <input {...a} type="date" value={draft.values.on} onChange={(e) => change('on', e.target.value)} />}
        </Field>
      </div>
      <Field label={`${t('skills.note')} ${t('common.optional')}`} name="note" error={error}>
        {(a) => <input {...a} value={draft.values.note} onChange={(e) => change('note', e.target.value)} />}
      </Field>
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={['status', 'on', 'note']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('skills.recordStep')}
        </button>
      </div>
    </form>
  );
}
