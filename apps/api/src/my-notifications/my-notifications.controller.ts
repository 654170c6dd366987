import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { InboxQuery, InboxView, MarkedReadView, NotificationPreferencesDto } from './my-notifications.dto';
import { MyNotificationsService } from './my-notifications.service';

@ApiTags('my notifications')
@Controller('me')
export class MyNotificationsController {
  constructor(private readonly notifications: MyNotificationsService) {}

  @Get('notifications')
  @RequirePermission('notifications.own')
  @ApiOperation({
    summary: 'My inbox',
    description: 'The notifications sent to me in the app, newest first, paged with `limit` and `nextCursor`.',
  })
  @ApiOkResponse({ type: InboxView })
  inbox(@Query() query: InboxQuery, @CurrentPrincipal() me: Principal): Promise<InboxView> {
    return this.notifications.page(me, query.limit, query.cursor);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @RequirePermission('notifications.own')
  @ApiOperation({ summary: 'Mark every notification in my inbox read' })
  @ApiOkResponse({ type: MarkedReadView })
  readAll(@CurrentPrincipal() me: Principal): Promise<MarkedReadView> {
    return this.notifications.markAllRead(me);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @RequirePermission('notifications.own')
  @ApiOperation({ summary: 'Mark one notification read', description: "404 for an id not in the caller's inbox." })
  @ApiOkResponse({ type: MarkedReadView })
  read(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() me: Principal): Promise<MarkedReadView> {
    return this.notifications.markRead(me, id);
  }

  @Get('notification-preferences')
  @RequirePermission('notifications.own')
  @ApiOperation({ summary: 'How each kind of notification reaches me, my email language and the daily digest' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentPrincipal() me: Principal): Promise<NotificationPreferencesDto> {
    return this.notifications.preferences(me);
  }

  @Put('notification-preferences')
  @RequirePermission('notifications.own')
  @ApiOperation({ summary: 'Choose how each kind reaches me, my email language and the daily digest' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  savePreferences(
    @Body() dto: NotificationPreferencesDto,
    @CurrentPrincipal() me: Principal,
  ): Promise<NotificationPreferencesDto> {
    return this.notifications.savePreferences(me, dto);
  }
}
