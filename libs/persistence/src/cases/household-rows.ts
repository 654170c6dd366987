import type { EntityManager } from 'typeorm';
import type { HouseholdChange } from '@avrr/domain';
import { CasePersonEntity } from './case-person.entity';
import { PersonDocumentEntity } from './person-document.entity';

/**
 * Brings the case file's person rows level with a household amendment the workflow accepted, inside the transaction
 * that appends its timeline entry: the entry is appended once, so a retried projection adds nobody twice. The rows
 * are what the list filters, the duplicate search and the case page read.
 */
export async function applyHouseholdChange(em: EntityManager, caseId: string, change: HouseholdChange): Promise<void> {
  const people = em.getRepository(CasePersonEntity);
  switch (change.kind) {
    case 'add_member': {
      const { id, documents, contact, ...member } = change.member;
      // The case row is locked first, so two members added at once cannot take the same position.
      await em.query('SELECT id FROM return_case WHERE id = $1 FOR UPDATE', [caseId]);
      const [{ next }] = await em.query(
        'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM case_person WHERE case_id = $1',
        [caseId],
      );
      await people.insert({ ...member, id, caseId, position: Number(next), contact: contact ?? null });
      // Saved through the entity, so the number is encrypted and indexed as at intake.
      await em.getRepository(PersonDocumentEntity).save(
        documents.map((d) =>
          Object.assign(new PersonDocumentEntity(), {
            personId: id,
            type: d.type,
            number: d.number ?? null,
            issuingCountry: d.issuingCountry,
            expiresOn: d.expiresOn ?? null,
          }),
        ),
      );
      return;
    }
    case 'set_vulnerabilities':
      await people.update({ id: change.personId, caseId }, { vulnerabilities: change.vulnerabilities });
      return;
    case 'set_contact':
      await people.update({ id: change.personId, caseId }, { contact: change.contact });
      return;
    case 'remove_member':
      // The person stays in the case file; the workflow's state says they do not travel, and why.
      return;
  }
}
