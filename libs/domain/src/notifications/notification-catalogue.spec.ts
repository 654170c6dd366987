import {
  NOTIFICATION_KINDS,
  NOTIFICATION_LANGUAGES,
  renderDigest,
  renderNotification,
  withDefaultPreferences,
} from './notification-catalogue';

// Every field any kind reads, so a renderer that names a field the workflow never sends shows as "undefined".
const DATA: Record<string, string> = {
  reference: 'RC-2026-000001',
  counsellorName: 'Claire Martin',
  hostOffice: 'PARIS',
  countryOfReturn: 'SN',
  kind: 'reminder',
  what: 'the travel document',
  dueAt: '2026-05-01 12:00 UTC',
  householdSize: '3',
  regionOfReturn: 'Dakar',
  gates: '',
  bookingReference: 'XK7P2Q',
  itinerary: 'AF718 CDG-DSS',
  arrivesAt: '2026-05-02T10:00:00Z',
  destination: 'DSS',
  reasons: 'r',
  reason: 'r',
  steps: 's',
  assignee: 'Marc',
  outcome: 'completed',
};

describe('the notification catalogue', () => {
  it('renders every kind in English, French and Arabic, each in words of its own', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const subjects = NOTIFICATION_LANGUAGES.map((language) => {
        const { subject, text } = renderNotification(kind, DATA, language);
        expect([kind, language, `${subject}${text}`.includes('undefined')]).toEqual([kind, language, false]);
        expect(subject).toContain(DATA.reference);
        return subject;
      });
      expect(new Set(subjects).size).toBe(3);
    }
  });

  it('keeps the English subjects people already filter their mail on', () => {
    expect(renderNotification('case_assigned', DATA).subject).toBe('New return case RC-2026-000001 assigned to you');
  });

  it('gives everyone both channels in English without a digest until they choose', () => {
    const p = withDefaultPreferences({ channels: { case_closed: 'in_app' } });
    expect([p.emailLanguage, p.digest, p.channels.case_closed, p.channels.travel_booked]).toEqual([
      'en',
      false,
      'in_app',
      'both',
    ]);
  });

  it('lists the waiting cases in the digest with the whole count in the subject', () => {
    const lines = [{ reference: 'RC-1', dueAt: '2026-05-01T00:00:00.000Z', overdue: true }];
    expect(renderDigest(lines, 7, 'fr')).toEqual({
      subject: 'Votre travail du jour : 7 dossier(s) vous attendent',
      text: 'Ces dossiers vous attendent :\n- RC-1 (échéance 2026-05-01) EN RETARD\n\nOuvrez « Mon travail » dans l’application pour les traiter.\n',
    });
  });
});
