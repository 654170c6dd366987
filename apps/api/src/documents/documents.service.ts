import { ForbiddenException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  caseScopeFor,
  DOCUMENT_KIND_RULES,
  DOCUMENT_KINDS,
  type DocumentKind,
  DomainError,
  isSensitiveDocument,
  mayUploadDocument,
  mayWithdrawDocument,
  type Principal,
  readableDocumentKinds,
} from '@avrr/domain';
import { AppConfig } from '@avrr/config';
import { CaseDocumentRepository, type CaseDocumentRow, DOCUMENT_STORE, type DocumentStore } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { CaseQueryService } from '../cases/case-query.service';
import { RequestValidationError } from '../common/request-validation.error';
import { DocumentView } from './dto/documents.dto';
import { cleanFileName, type IncomingFile, sniffUpload } from './document-upload.stream';

/** One upload as the multipart form gave it: the fields before the file, and the file as a stream. */
export interface UploadForm {
  fields: Record<string, string | undefined>;
  file: IncomingFile;
  fileName: string | undefined;
  declaredType: string;
}

export interface Download {
  document: CaseDocumentRow;
  content: Readable;
}

/** An upload still unwritten after this long has lost its writer: the largest file takes minutes on a slow line. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Papers on a case or a person: upload, list, download, withdraw; who sees which kind is DOCUMENT_KIND_RULES. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly documents: CaseDocumentRepository,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.documents.maxBytes;
  }

  /**
   * The case is checked (in scope, open) before the form is read, so a case out of scope learns nothing of the file.
   * With an Idempotency-Key, a retry of an upload that was stored answers with the first upload (`replayed`).
   */
  async upload(
    caseId: string,
    principal: Principal,
    readForm: () => Promise<UploadForm>,
    idempotencyKey?: string,
  ): Promise<{ view: DocumentView; replayed: boolean }> {
    const entity = await this.cases.loadOpen(caseId, caseScopeFor(principal));
    const form = await readForm();
    const kind = form.fields.kind as DocumentKind | undefined;
    const personId = form.fields.personId || null;
    const violations = [];
    if (!kind || !DOCUMENT_KINDS.includes(kind))
      violations.push({ field: 'kind', reason: `must be one of ${DOCUMENT_KINDS.join(', ')}, sent before the file` });
    if (personId && (!UUID.test(personId) || !entity.people.some((p) => p.id === personId))) {
      violations.push({ field: 'personId', reason: 'must be a person of this case' });
    }
    if (violations.length > 0 || !kind) {
      form.file.resume();
      throw new RequestValidationError(violations);
    }
    if (!mayUploadDocument(principal.role, kind)) {
      form.file.resume();
      throw new ForbiddenException({
        code: 'document_kind_not_allowed',
        message: `A ${principal.role} does not file a ${kind}; ${DOCUMENT_KIND_RULES[kind].uploaders.join(', ')} do.`,
      });
    }
    if (idempotencyKey) {
      const earlier = await this.documents.findByKey(caseId, principal.userId, idempotencyKey);
      if (earlier && !earlier.storedAt && Date.now() - earlier.uploadedAt.getTime() > ABANDONED_AFTER_MS) {
        // Its writer died half-way (a crash, a restart) and will never finish: its row and chunks go, and this
        // upload takes the key.
        await this.store.remove([earlier.id]);
        await this.documents.discard(earlier.id);
      } else if (earlier) {
        return { view: await replayOf(earlier, form.file, kind, personId), replayed: true };
      }
    }
    const upload = await sniffUpload(form.file, form.declaredType, this.maxBytes);
    const sensitive = isSensitiveDocument(kind);
    const id = await this.documents.insertPending({
      caseId,
      personId,
      kind,
      fileName: cleanFileName(form.fileName),
      mediaType: upload.mediaType,
      sensitive,
      uploadedBy: principal.userId,
      uploadedByName: principal.name,
      uploadedByRole: principal.role,
      idempotencyKey,
    });
    if (!id) {
      await drain(upload.content);
      throw uploadInProgress();
    }
    try {
      await this.store.write(id, upload.content, { sensitive });
    } catch (error) {
      await this.store.remove([id]);
      await this.documents.discard(id);
      throw error;
    }
    const { sizeBytes, sha256 } = upload.digest();
    this.audit.describeChanges([
      { path: 'document', after: { id, kind, personId, mediaType: upload.mediaType, sizeBytes, sha256 } },
    ]);
    // The paper counts as filed once stored: that write and its audit entry commit together.
    await this.audit.writeAudited((em) => this.documents.markStored(id, sizeBytes, sha256, em));
    return { view: toView((await this.documents.find(caseId, id, [kind], caseScopeFor(principal)))!), replayed: false };
  }

  async list(caseId: string, principal: Principal, personId?: string): Promise<DocumentView[]> {
    const scope = caseScopeFor(principal);
    await this.cases.load(caseId, scope);
    return (await this.documents.list(caseId, readableDocumentKinds(principal.role), scope, personId)).map(toView);
  }

  /** A paper of a kind the reader may not see answers as absent, like a case out of scope. */
  async download(caseId: string, documentId: string, principal: Principal): Promise<Download> {
    const document = await this.readable(caseId, documentId, principal);
    if (document.withdrawnAt)
      throw new GoneException({
        code: 'document_withdrawn',
        message: 'This paper was withdrawn; its content is gone.',
      });
    const category = DOCUMENT_KIND_RULES[document.kind].category;
    if (category) {
      await this.audit.record({
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'read_sensitive',
        outcome: 'ok',
        caseId,
        subject: `document ${document.id}`,
        changes: [{ path: 'categories', after: [category] }],
      });
    }
    return { document, content: Readable.from(this.store.read(document.id)) };
  }

  /** The record stays (who filed what, its hash, who withdrew it and why); the bytes go. */
  async withdraw(caseId: string, documentId: string, reason: string, principal: Principal): Promise<DocumentView> {
    const scope = caseScopeFor(principal);
    await this.cases.loadOpen(caseId, scope);
    const document = await this.readable(caseId, documentId, principal);
    if (!mayWithdrawDocument(principal.role, document.kind)) {
      throw new ForbiddenException({
        code: 'document_kind_not_allowed',
        message: `A ${principal.role} does not withdraw a ${document.kind}.`,
      });
    }
    this.audit.describeChanges([
      { path: 'document', before: { id: document.id, kind: document.kind }, after: { withdrawn: true, reason: '***' } },
    ]);
    await this.audit.writeAudited(async (em) => {
      if (!(await this.documents.markWithdrawn(document.id, principal.userId, reason, em))) {
        throw new GoneException({ code: 'document_withdrawn', message: 'This paper was already withdrawn.' });
      }
    });
    await this.store.remove([document.id]);
    return toView((await this.documents.find(caseId, document.id, [document.kind], scope))!);
  }

  private async readable(caseId: string, documentId: string, principal: Principal): Promise<CaseDocumentRow> {
    const scope = caseScopeFor(principal);
    await this.cases.load(caseId, scope);
    const found = UUID.test(documentId)
      ? await this.documents.find(caseId, documentId, readableDocumentKinds(principal.role), scope)
      : null;
    if (!found)
      throw new NotFoundException({
        code: 'document_not_found',
        message: `No paper ${documentId} on this case that you can see.`,
      });
    return found;
  }
}

/**
 * A retried upload: the same paper (kind, person and content, hashed as it streams by) is the first upload again;
 * anything else under the same key is refused. One still being written answers 409 until it is stored or discarded.
 */
async function replayOf(
  earlier: CaseDocumentRow,
  file: IncomingFile,
  kind: DocumentKind,
  personId: string | null,
): Promise<DocumentView> {
  const hash = createHash('sha256');
  for await (const piece of file) hash.update(piece);
  if (!earlier.storedAt) throw uploadInProgress();
  if (earlier.kind !== kind || earlier.personId !== personId || earlier.sha256 !== hash.digest('hex')) {
    throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used for a different paper.');
  }
  return toView(earlier);
}

function uploadInProgress(): DomainError {
  return new DomainError(
    'upload_in_progress',
    'An upload with this Idempotency-Key is still being stored; retry with the same key in a moment.',
  );
}

async function drain(content: AsyncIterable<Buffer>): Promise<void> {
  for await (const _piece of content) {
    // read to nowhere, so the request ends cleanly and the client gets the answer
  }
}

function toView(row: CaseDocumentRow): DocumentView {
  return {
    id: row.id,
    caseId: row.caseId,
    personId: row.personId,
    kind: row.kind,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256 ?? '',
    sensitive: row.sensitive,
    uploadedBy: { id: row.uploadedBy, name: row.uploadedByName, role: row.uploadedByRole },
    uploadedAt: row.uploadedAt.toISOString(),
    withdrawn: row.withdrawnAt ? { at: row.withdrawnAt.toISOString(), by: row.withdrawnBy ?? '' } : null,
  };
}
