import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { SubjectAccessExportView } from './subject-access.dto';
import { subjectAccessHtml } from './subject-access.html';
import { SubjectAccessService } from './subject-access.service';

const ABOUT =
  'Everything held about one person of a case: the case with its household, timeline, the papers filed for them ' +
  'or the whole case, and the case’s audit entries. Sensitive categories appear as the supervisor’s role allows; ' +
  'the export is audited (`subject_access.export`). Bounded by one case, so it is answered directly.';

@ApiTags('subject-access')
@Controller('cases/:id/people/:personId/subject-access')
export class SubjectAccessController {
  constructor(private readonly service: SubjectAccessService) {}

  @Get()
  @RequirePermission('persons.export')
  @ApiOperation({ summary: "A person's subject-access export as JSON (supervisors)", description: ABOUT })
  @ApiOkResponse({ type: SubjectAccessExportView })
  @ApiNotFoundResponse({ description: 'No such case in your scope, or no such person in it.' })
  json(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Param('personId', new ParseUUIDPipe({ version: '4' })) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubjectAccessExportView> {
    return this.service.export(id, personId, principal, 'json');
  }

  @Get('html')
  @RequirePermission('persons.export')
  @ApiOperation({
    summary: "A person's subject-access export as a printable HTML report (supervisors)",
    description: ABOUT,
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A self-contained HTML page.', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such case in your scope, or no such person in it.' })
  async html(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Param('personId', new ParseUUIDPipe({ version: '4' })) personId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const html = subjectAccessHtml(await this.service.export(id, personId, principal, 'html'));
    // Set only once the export succeeded: an error keeps the JSON error body and its type.
    void reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return html;
  }
}
