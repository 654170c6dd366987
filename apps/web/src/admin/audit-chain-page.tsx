import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { components } from '../api-schema';
import { ErrorMessage } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';

type ChainVerification = components['schemas']['ChainVerificationView'];

/**
 * Runs the audit chain's check on demand: every entry's hash recomputed in order. The answer says plainly whether
 * the trail holds, and if not, the first entry that does not and why.
 */
export function AuditChainPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { state, run } = useSubmit();
  const [result, setResult] = useState<{ at: string; verification: ChainVerification } | null>(null);
  const check = async () => {
    const verification = await run(() => api<ChainVerification>('GET', '/audit/verify', undefined, { fresh: true }));
    if (verification) setResult({ at: new Date().toISOString(), verification });
  };
  const broken = result?.verification.firstBroken;
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p>{t('admin.audit.intro')}</p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={state.status === 'sending'} onClick={() => void check()}>
          {t('admin.audit.run')}
        </button>
      </div>
      {state.status === 'sending' && (
        <p className="loading" role="status">
          {t('admin.audit.running')}
        </p>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void check()} />}
      {result && state.status === 'done' && (
        <div
          className={result.verification.ok ? 'notice' : 'error'}
          role={result.verification.ok ? 'status' : 'alert'}
          data-testid="chain-result"
          data-ok={String(result.verification.ok)}
        >
          <p>
            <strong>
              {result.verification.ok
                ? t('admin.audit.holds', { n: fmt.number(result.verification.checked) })
                : t('admin.audit.broken', {
                    seq: broken?.seq ?? '',
                    reason: t(`admin.audit.reasons.${broken?.reason ?? 'hash_mismatch'}`),
                  })}
            </strong>
          </p>
          {!result.verification.ok && <p>{t('admin.audit.before', { n: fmt.number(result.verification.checked) })}</p>}
          <p className="muted">{t('admin.audit.checkedAt', { time: fmt.dateTime(result.at) })}</p>
        </div>
      )}
    </>
  );
}
