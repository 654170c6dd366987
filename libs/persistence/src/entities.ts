import { CasePersonEntity } from './cases/case-person.entity';
import { PersonDocumentEntity } from './cases/person-document.entity';
import { ReturnCaseEntity } from './cases/return-case.entity';
import { CaseTimelineEventEntity } from './timeline/case-timeline-event.entity';

export const ENTITIES = [ReturnCaseEntity, CasePersonEntity, PersonDocumentEntity, CaseTimelineEventEntity];
