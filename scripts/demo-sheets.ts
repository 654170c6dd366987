// The demo's pre-departure information sheets: the five topics for each demo country of return, in French and
// English (and Arabic for Morocco), published through the API as an administrator would. Idempotent: a sheet already
// there is left alone, so a second run publishes nothing.
import type { InformationTopic } from '@avrr/domain';

const COUNTRIES: Record<string, { en: string; fr: string; ar?: string; city: string }> = {
  SN: { en: 'Senegal', fr: 'Sénégal', city: 'Dakar' },
  ML: { en: 'Mali', fr: 'Mali', city: 'Bamako' },
  NG: { en: 'Nigeria', fr: 'Nigeria', city: 'Lagos' },
  GN: { en: 'Guinea', fr: 'Guinée', city: 'Conakry' },
  MA: { en: 'Morocco', fr: 'Maroc', ar: 'المغرب', city: 'Casablanca' },
};

type Texts = Record<InformationTopic, { title: string; body: string }>;

const en = (country: string, city: string): Texts => ({
  reception: {
    title: `Arriving in ${country}`,
    body: `## At the airport\n\nA member of the partner organisation meets you at arrivals in ${city} and helps with onward transport.`,
  },
  reintegration_assistance: {
    title: 'Reintegration assistance',
    body: '## What the programme offers\n\nA reintegration plan agreed with the partner: training, a job placement or a small business, and follow-up visits.',
  },
  health: {
    title: 'Health care after return',
    body: `## Medical care\n\nBring your prescriptions and medical records. The partner can refer you to a health centre in ${city}.`,
  },
  documents: {
    title: 'Documents to keep',
    body: '## Your papers\n\nKeep your travel document, your signed declaration and the partner’s contact card with you when you travel.',
  },
  contacts: {
    title: 'Who to contact',
    body: `## Contacts\n\nThe partner organisation's office in ${city}, open Monday to Friday; your counsellor's office before departure.`,
  },
});

const fr = (country: string, city: string): Texts => ({
  reception: {
    title: `Arrivée au ${country}`,
    body: `## À l'aéroport\n\nUn membre de l'organisation partenaire vous accueille à l'arrivée à ${city} et vous aide pour la suite du trajet.`,
  },
  reintegration_assistance: {
    title: 'Aide à la réintégration',
    body: '## Ce que propose le programme\n\nUn plan de réintégration convenu avec le partenaire : formation, emploi ou petite entreprise, et visites de suivi.',
  },
  health: {
    title: 'Soins après le retour',
    body: `## Soins médicaux\n\nEmportez vos ordonnances et votre dossier médical. Le partenaire peut vous orienter vers un centre de santé à ${city}.`,
  },
  documents: {
    title: 'Documents à garder',
    body: '## Vos papiers\n\nGardez sur vous votre document de voyage, votre déclaration signée et la carte de contact du partenaire.',
  },
  contacts: {
    title: 'Qui contacter',
    body: `## Contacts\n\nLe bureau de l'organisation partenaire à ${city}, ouvert du lundi au vendredi ; avant le départ, le bureau de votre conseiller.`,
  },
});

const ar = (country: string, city: string): Texts => ({
  reception: {
    title: `الوصول إلى ${country}`,
    body: `## في المطار\n\nيستقبلك أحد أعضاء المنظمة الشريكة عند الوصول إلى ${city} ويساعدك في التنقل بعد ذلك.`,
  },
  reintegration_assistance: {
    title: 'المساعدة على إعادة الإدماج',
    body: '## ما يقدمه البرنامج\n\nخطة لإعادة الإدماج يُتفق عليها مع الشريك: تدريب أو عمل أو مشروع صغير، وزيارات متابعة.',
  },
  health: {
    title: 'الرعاية الصحية بعد العودة',
    body: `## الرعاية الطبية\n\nاحمل وصفاتك الطبية وملفك الطبي. يمكن للشريك أن يوجهك إلى مركز صحي في ${city}.`,
  },
  documents: {
    title: 'الوثائق التي يجب الاحتفاظ بها',
    body: '## أوراقك\n\nاحتفظ معك بوثيقة السفر والإقرار الموقَّع وبطاقة الاتصال الخاصة بالشريك.',
  },
  contacts: {
    title: 'بمن تتصل',
    body: `## جهات الاتصال\n\nمكتب المنظمة الشريكة في ${city}، مفتوح من الاثنين إلى الجمعة؛ وقبل المغادرة، مكتب مستشارك.`,
  },
});

/** Publishes the sheets missing for the demo countries; returns how many it added. */
export async function seedDemoSheets(baseUrl: string, admin: string): Promise<number> {
  let added = 0;
  for (const [code, names] of Object.entries(COUNTRIES)) {
    const languages: Array<[string, Texts]> = [
      ['fr', fr(names.fr, names.city)],
      ['en', en(names.en, names.city)],
      ...(names.ar ? [['ar', ar(names.ar, names.city)] as [string, Texts]] : []),
    ];
    for (const [language, texts] of languages) {
      const listed = await fetch(new URL(`/information-sheets?country=${code}&language=${language}`, baseUrl), {
        headers: { authorization: admin },
        signal: AbortSignal.timeout(30_000),
      });
      if (!listed.ok) throw new Error(`listing ${code} sheets: ${listed.status} ${await listed.text()}`);
      const present = new Set(((await listed.json()) as Array<{ topic: string }>).map((s) => s.topic));
      for (const [topic, text] of Object.entries(texts)) {
        if (present.has(topic)) continue;
        const response = await fetch(new URL('/information-sheets', baseUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: admin },
          body: JSON.stringify({ countryOfReturn: code, topic, language, ...text }),
          signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok)
          throw new Error(`sheet ${code} ${topic} ${language}: ${response.status} ${await response.text()}`);
        added++;
      }
    }
  }
  return added;
}
