import i18next from 'i18next';
import { ar } from '../../apps/web/src/locales/ar';
import { en } from '../../apps/web/src/locales/en';
import { fr } from '../../apps/web/src/locales/fr';

/** The web app's catalogues in a translator of their own, as apps/web/src/i18n.ts sets them up. */
export async function translator(lng: string) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
