import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useAuth } from '../auth';
import { ErrorMessage, Field, LanguageSelect } from '../components';
import { useSubmit } from '../drafts';

/** "Change my password", from the header: for anyone signed in. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  return (
    <>
      <h1>{t('password.changeTitle')}</h1>
      <PasswordForm temporary={false} onChanged={() => setChanged(true)} />
      {changed && (
        <p className="notice" role="status">
          {t('password.changed')}
        </p>
      )}
    </>
  );
}

/**
 * Shown instead of every page after signing in with a password an administrator set: the API refuses everything else
 * until the person has chosen their own.
 */
export function ChoosePasswordPage() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  return (
    <main id="main" className="login">
      <div className="login-top">
        <p className="brand">{t('app.title')}</p>
        <LanguageSelect />
      </div>
      <h1>{t('password.chooseTitle')}</h1>
      <p>{t('password.chooseIntro')}</p>
      <PasswordForm temporary onChanged={() => undefined} />
      <p>
        <button type="button" onClick={() => void logout()}>
          {t('app.signOut')}
        </button>
      </p>
    </main>
  );
}

function PasswordForm({ temporary, onChanged }: { temporary: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { changePassword } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { state, run } = useSubmit();
  const [mismatch, setMismatch] = useState(false);
  // A typing slip in the new password is caught here, shown under its field like the API's own refusals.
  const error = mismatch
    ? new ApiError(400, t('password.mismatch'), null, [{ field: 'repeat', reason: t('password.mismatch') }])
    : state.status === 'error'
      ? state.error
      : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    const done = await run(async () => {
      await changePassword(current, next);
      return true;
    });
    if (done) {
      setCurrent('');
      setNext('');
      setRepeat('');
      onChanged();
    }
  }

  const fields: Array<[string, string, string, (v: string) => void, string]> = [
    [
      'currentPassword',
      temporary ? t('password.currentTemporary') : t('password.current'),
      current,
      setCurrent,
      'current-password',
    ],
    ['newPassword', t('password.new'), next, setNext, 'new-password'],
    ['repeat', t('password.repeat'), repeat, setRepeat, 'new-password'],
  ];
  return (
    <form
      aria-label={t(temporary ? 'password.chooseTitle' : 'password.changeTitle')}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      {fields.map(([name, label, value, set, autoComplete]) => (
        <Field
          key={name}
          label={label}
          name={name}
          error={error}
          hint={name === 'newPassword' ? t('password.newHint') : undefined}
        >
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete={autoComplete}
              required
              value={value}
              onChange={(e) => set(e.target.value)}
            />
          )}
        </Field>
      ))}
      {error && !mismatch && <ErrorMessage error={error} shownFields={['currentPassword', 'newPassword']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('password.submit')}
        </button>
      </div>
    </form>
  );
}
