import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_LANGUAGES,
  type NotificationChannel,
  type NotificationLanguage,
} from '@avrr/domain/notifications/notification-catalogue';
import { api } from '../api';
import { Check, ErrorMessage, Field, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { LANGUAGES } from '../i18n';
import type { NotificationPreferences } from '../types';

/** Each person's choices: email, inbox or both per kind, the language of their emails, and the daily digest. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const [load, retry] = useApi<NotificationPreferences>('/me/notification-preferences');
  return (
    <>
      <h1>{t('notificationPrefs.title')}</h1>
      <p>{t('notificationPrefs.intro')}</p>
      <Loaded load={load} retry={retry}>
        {(saved) => <SettingsForm saved={saved} />}
      </Loaded>
    </>
  );
}

function SettingsForm({ saved }: { saved: NotificationPreferences }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(saved);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await run(() => api<NotificationPreferences>('PUT', '/me/notification-preferences', form));
    if (done) setForm(done);
  }
  const setChannel = (kind: string, channel: NotificationChannel) =>
    setForm({ ...form, channels: form.channels.map((c) => (c.kind === kind ? { ...c, channel } : c)) });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('notificationPrefs.title')}>
      <Field label={t('notificationPrefs.emailLanguage')} name="emailLanguage" error={error}>
        {(a) => (
          <select
            {...a}
            value={form.emailLanguage}
            onChange={(e) => setForm({ ...form, emailLanguage: e.target.value as NotificationLanguage })}
          >
            {NOTIFICATION_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGES.find((l) => l.code === code)!.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Check
        name="digest"
        label={t('notificationPrefs.digest')}
        checked={form.digest}
        onChange={(digest) => setForm({ ...form, digest })}
      />
      <table className="channels">
        <caption>{t('notificationPrefs.kinds')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notificationPrefs.kind')}</th>
            {NOTIFICATION_CHANNELS.map((channel) => (
              <th scope="col" key={channel}>
                {t(`notificationPrefs.channels.${channel}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {form.channels.map((c) => (
            <tr key={c.kind}>
              <th scope="row" id={`kind-${c.kind}`}>
                {t(`notificationPrefs.names.${c.kind}`)}
              </th>
              {NOTIFICATION_CHANNELS.map((channel) => (
                <td key={channel}>
                  <input
                    type="radio"
                    name={`channel-${c.kind}`}
                    value={channel}
                    checked={c.channel === channel}
                    onChange={() => setChannel(c.kind, channel)}
                    aria-label={`${t(`notificationPrefs.names.${c.kind}`)}: ${t(`notificationPrefs.channels.${channel}`)}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {error && <ErrorMessage error={error} shownFields={['emailLanguage']} />}
      {state.status === 'done' && (
        <p className="notice" role="status">
          {t('notificationPrefs.saved')}
        </p>
      )}
      <button type="submit" className="primary" disabled={state.status === 'sending'}>
        {t('common.save')}
      </button>
    </form>
  );
}
