import { applyDecorators, HttpCode } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CaseSnapshotView } from './dto/case-snapshot.response';

/**
 * A 200 with the case as it stands after the action. Both on each handler: a handler's own status (HttpCode) would
 * otherwise hide a class-level response type from the document.
 */
export const AnswersSnapshot = () =>
  applyDecorators(
    HttpCode(200),
    ApiOkResponse({ type: CaseSnapshotView, description: 'The case as it stands after the action.' }),
  );

/**
 * What every case action controller documents: one endpoint per human action, each a Temporal update whose validator
 * refuses what the stage or a rule forbids (409, with a sentence saying why) before anything is recorded.
 */
export const CaseActionsApi = () =>
  applyDecorators(
    ApiTags('case actions'),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes a retried click act once: it is the update id. After a 503 temporal_unavailable, retry with the same key: the retry joins the first attempt if it landed, and never acts twice.',
    }),
    ApiServiceUnavailableResponse({
      description:
        'A dependency did not answer within its deadline (`code`: temporal_unavailable, database_unavailable or redis_unavailable); wait for Retry-After and retry with the same Idempotency-Key.',
    }),
    ApiBearerAuth(),
    ApiForbiddenResponse({
      description: 'Your role may not take this action (the permission matrix, docs/ACCESS.md).',
    }),
    ApiBadRequestResponse({ description: 'Invalid fields, each listed with its reason.' }),
    ApiConflictResponse({ description: 'The stage or a rule forbids the action now; `code` and `message` say which.' }),
    ApiNotFoundResponse({ description: 'No such case in your scope.' }),
  );
