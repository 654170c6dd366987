import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { RequestValidationError } from '../common/request-validation.error';
import { DocumentView, ListDocumentsQuery, UPLOAD_SCHEMA, WithdrawDocumentDto } from './dto/documents.dto';
import type { IncomingFile } from './document-upload.stream';
import { DocumentsService, type UploadForm } from './documents.service';

const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic'];

@ApiTags('case file: documents and evidence')
@ApiNotFoundResponse({ description: 'No such case in your scope, or no such paper of a kind you may see.' })
@Controller('cases/:id/documents')
export class DocumentsController {
  constructor(private readonly service: DocumentsService) {}

  @Post()
  @RequirePermission('documents.upload')
  @ApiOperation({
    summary: 'File a paper on the case or one of its people (multipart: kind, optional personId, then the file)',
    description:
      'The body streams to the store; the type is sniffed from the content (PDF, JPEG, PNG, WebP, HEIC only: 415 otherwise), ' +
      'the size is capped by DOCUMENT_MAX_BYTES (413), and the size and SHA-256 are computed on the way. A form that ' +
      'cannot be read (a wrong boundary, a body cut short) is a 400 with code multipart_malformed, and nothing is filed.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_SCHEMA })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any unique string up to 200 characters. A retry of a stored upload with the same key, kind, person and content ' +
      'answers with the first upload (Idempotent-Replayed: true) and files nothing twice.',
  })
  @ApiCreatedResponse({ type: DocumentView })
  @ApiConflictResponse({
    description:
      'idempotency_key_reused: the key was used for another paper; upload_in_progress: the first upload with this ' +
      'key is still being stored (retry with the same key).',
  })
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DocumentView> {
    const { view, replayed } = await this.service.upload(
      id,
      principal,
      () => readUploadForm(request, this.service.maxBytes),
      idempotencyKey,
    );
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return view;
  }

  @Get()
  @RequirePermission('documents.read')
  @ApiOperation({ summary: 'The papers on the case that your role may see, withdrawn ones included (marked)' })
  @ApiOkResponse({ type: [DocumentView] })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListDocumentsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DocumentView[]> {
    return this.service.list(id, principal, query.personId);
  }

  @Get(':documentId/content')
  @RequirePermission('documents.read')
  @ApiOperation({
    summary: "The paper's content, streamed, as an attachment; a sensitive one leaves a read_sensitive audit entry",
  })
  @ApiOkResponse({
    description: 'The bytes, with the sniffed media type.',
    content: Object.fromEntries(
      DOCUMENT_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiGoneResponse({ description: '`document_withdrawn`: the paper was withdrawn and its content removed.' })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const { document, content } = await this.service.download(id, documentId, principal);
    return new StreamableFile(content, {
      type: document.mediaType,
      length: document.sizeBytes,
      disposition: attachment(document.fileName),
    });
  }

  @Post(':documentId/withdrawal')
  @RequirePermission('documents.withdraw')
  @ApiOperation({ summary: 'Withdraw a paper with a reason: its record stays, its content is removed' })
  @ApiCreatedResponse({ type: DocumentView, description: 'The paper, marked withdrawn.' })
  @ApiGoneResponse({ description: '`document_withdrawn`: the paper was already withdrawn.' })
  withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body() dto: WithdrawDocumentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DocumentView> {
    return this.service.withdraw(id, documentId, dto.reason, principal);
  }
}

/** The form's fields up to the file, and the file as a stream (never buffered). */
async function readUploadForm(request: FastifyRequest, maxBytes: number): Promise<UploadForm> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeException({
      code: 'multipart_expected',
      message: 'Send the paper as multipart/form-data: kind, personId, then file.',
    });
  }
  const part = await request
    .file({ limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 200 } })
    .catch((error: unknown) => {
      throw asMalformedForm(error);
    });
  if (!part) throw new RequestValidationError([{ field: 'file', reason: 'is missing' }]);
  const fields: Record<string, string | undefined> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value && value.type === 'field' && name !== part.fieldname) fields[name] = String(value.value);
  }
  return { fields, file: readAsForm(part.file), fileName: part.filename, declaredType: part.mimetype };
}

/** The file's stream, its parser's errors answered as a malformed form wherever they surface while it is read. */
function readAsForm(file: IncomingFile): IncomingFile {
  return {
    get truncated() {
      return file.truncated;
    },
    resume: () => file.resume(),
    async *[Symbol.asyncIterator]() {
      try {
        yield* file;
      } catch (error) {
        throw asMalformedForm(error);
      }
    },
  };
}

/**
 * The multipart plugin's own refusals (too many files or fields, a part too large) carry their HTTP status. Anything
 * else its parser throws (a boundary that never comes, a body cut short) means the client's form cannot be read: a
 * 400, not a 500.
 */
function asMalformedForm(error: unknown): unknown {
  if (error instanceof HttpException || typeof (error as { statusCode?: unknown })?.statusCode === 'number') {
    return error;
  }
  return new BadRequestException({
    code: 'multipart_malformed',
    message: `The multipart form could not be read (${error instanceof Error ? error.message : String(error)}).`,
  });
}

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
