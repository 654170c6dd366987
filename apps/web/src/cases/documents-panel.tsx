// The case file on the case page: the papers the reader's role may see, filing one (from a file or the phone's
// camera), downloading and withdrawing. The API stays the authority on who may do what; the panel offers only what
// the role could do.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALLOWED_DOCUMENT_MEDIA_TYPES,
  DOCUMENT_KINDS,
  type DocumentKind,
  mayUploadDocument,
  mayWithdrawDocument,
} from '@avrr/domain/documents/document-kinds';
import type { Role } from '@avrr/domain/case/roles';
import { api, newIdempotencyKey, saveDownload } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';
import { may } from '../permissions';
import type { CaseView, DocumentView, PersonView } from '../types';

const fullName = (p: PersonView) => `${p.givenNames} ${p.familyName}`;

export function DocumentsPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const user = useUser();
  const [load, retry] = useApi<DocumentView[]>(may(user.role, 'documents.read') ? `/cases/${view.id}/documents` : null);
  if (!may(user.role, 'documents.read')) return null;
  const people = [view.principal, ...view.household];
  const open = view.stage !== 'closed';
  return (
    <section aria-labelledby="documents-title" data-testid="documents-panel">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <Loaded load={load} retry={retry}>
        {(papers) =>
          papers.length === 0 ? (
            <p className="empty">{t('documents.empty')}</p>
          ) : (
            <ul className="cards" data-testid="documents">
              {papers.map((paper) => (
                <PaperItem key={paper.id} paper={paper} people={people} open={open} onDone={retry} />
              ))}
            </ul>
          )
        }
      </Loaded>
      {open && may(user.role, 'documents.upload') && <UploadForm view={view} people={people} onDone={retry} />}
    </section>
  );
}

function PaperItem({
  paper,
  people,
  open,
  onDone,
}: {
  paper: DocumentView;
  people: PersonView[];
  open: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const fmt = useFormat();
  const fetching = useSubmit();
  const withdrawing = useSubmit();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const person = people.find((p) => p.id === paper.personId);
  const save = () => fetching.run(() => saveDownload(`/cases/${paper.caseId}/documents/${paper.id}/content`));
  const withdraw = async (event: FormEvent) => {
    event.preventDefault();
    const done = await withdrawing.run(() =>
      api(`POST`, `/cases/${paper.caseId}/documents/${paper.id}/withdrawal`, { reason }),
    );
    if (done) onDone();
  };
  const mayWithdraw = open && !paper.withdrawn && mayWithdrawDocument(user.role as Role, paper.kind as DocumentKind);
  return (
    <li className="card" data-document={paper.id} data-kind={paper.kind}>
      <p className="card-title">
        {t(`documents.kinds.${paper.kind}`)}
        {person && <> · {fullName(person)}</>}
        {paper.sensitive && (
          <>
            {' '}
            <span className="badge">{t('documents.sensitive')}</span>
          </>
        )}
      </p>
      <p>
        <bdi>{paper.fileName}</bdi> · {t('documents.size', { size: fmt.number(Math.ceil(paper.sizeBytes / 1024)) })}
      </p>
      <p className="muted">
        {t('documents.filedBy', { name: paper.uploadedBy.name, date: fmt.dateTime(paper.uploadedAt) })}
      </p>
      {paper.withdrawn ? (
        <p data-testid="withdrawn">{t('documents.withdrawn', { date: fmt.dateTime(paper.withdrawn.at) })}</p>
      ) : (
        <p className="buttons">
          <button type="button" onClick={() => void save()} disabled={fetching.state.status === 'sending'}>
            {t('documents.download')}
          </button>
          {mayWithdraw && !asking && (
            <button type="button" onClick={() => setAsking(true)}>
              {t('documents.withdraw')}
            </button>
          )}
        </p>
      )}
      {fetching.state.status === 'error' && <ErrorMessage error={fetching.state.error} />}
      {mayWithdraw && asking && (
        <form onSubmit={(e) => void withdraw(e)}>
          <Field
            label={t('documents.withdrawReason')}
            name="reason"
            error={withdrawing.state.status === 'error' ? withdrawing.state.error : null}
          >
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} required />}
          </Field>
          <button type="submit" disabled={withdrawing.state.status === 'sending'}>
            {t('documents.confirmWithdraw')}
          </button>
          {withdrawing.state.status === 'error' && (
            <ErrorMessage error={withdrawing.state.error} shownFields={['reason']} />
          )}
        </form>
      )}
    </li>
  );
}

function UploadForm({ view, people, onDone }: { view: CaseView; people: PersonView[]; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const kinds = DOCUMENT_KINDS.filter((k) => mayUploadDocument(user.role as Role, k));
  const [kind, setKind] = useState<DocumentKind>(kinds[0]);
  const [personId, setPersonId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  // One key per chosen file: a retry after a lost answer files it once; another file is another upload.
  const key = useRef(newIdempotencyKey());
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmit();
  if (kinds.length === 0) return null;
  const choose = (chosen: File | undefined) => {
    setFile(chosen ?? null);
    setMissingFile(false);
    key.current = newIdempotencyKey();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    // The API reads the fields before the file: kind and person first.
    const form = new FormData();
    form.append('kind', kind);
    if (personId) form.append('personId', personId);
    form.append('file', file, file.name);
    const done = await submit.run(() =>
      api(`POST`, `/cases/${view.id}/documents`, form, { idempotencyKey: key.current }),
    );
    if (done) {
      formRef.current?.reset();
      setFile(null);
      key.current = newIdempotencyKey();
      onDone();
    }
  };
  const error = submit.state.status === 'error' ? submit.state.error : null;
  return (
    <form ref={formRef} onSubmit={(e) => void onSubmit(e)} aria-labelledby="upload-title" data-testid="upload-form">
      <h3 id="upload-title">{t('documents.upload')}</h3>
      <Field label={t('documents.kind')} name="kind" error={error}>
        {(props) => (
          <select {...props} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`documents.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('documents.person')} name="personId" error={error}>
        {(props) => (
          <select {...props} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t('documents.wholeCase')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {fullName(p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('documents.file')} name="file" error={error}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept={ALLOWED_DOCUMENT_MEDIA_TYPES.join(',')}
            onChange={(e) => choose(e.target.files?.[0])}
          />
        )}
      </Field>
      <Field label={t('documents.photo')} name="photo">
        {(props) => (
          <input
            {...props}
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => choose(e.target.files?.[0])}
          />
        )}
      </Field>
      {missingFile && (
        <p className="field-error" role="alert">
          {t('documents.chooseFile')}
        </p>
      )}
      <button type="submit" disabled={submit.state.status === 'sending'}>
        {t('documents.submit')}
      </button>
      {submit.state.status === 'done' && (
        <p role="status" className="notice">
          {t('documents.filed')}
        </p>
      )}
      {error && <ErrorMessage error={error} shownFields={['kind', 'personId', 'file']} />}
    </form>
  );
}
