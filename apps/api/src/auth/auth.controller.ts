import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import {
  CurrentPrincipal,
  LoginThrottle,
  OpenBeforePasswordChange,
  Public,
  RequirePermission,
} from './access.decorators';
import { ChangePasswordDto, LoginDto, RefreshDto, SessionUserView, SessionView } from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @LoginThrottle()
  @ApiOperation({
    summary: 'Sign in with email and password',
    description:
      'Returns a short-lived access token (send it as `Authorization: Bearer …`) and a refresh token. ' +
      'After repeated failures the account is locked for a while (423).',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ description: '`invalid_credentials`: the email or the password is wrong.' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address; wait a minute.' })
  @ApiResponse({ status: 423, description: '`account_locked`: too many failed sign-ins; the message says until when.' })
  login(@Body() dto: LoginDto): Promise<SessionView> {
    return this.auth.login(dto.email, dto.password);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @LoginThrottle()
  @ApiOperation({
    summary: 'Swap a refresh token for a new pair',
    description: 'Each refresh token works once; reusing one signs that session out everywhere.',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ description: '`invalid_refresh_token`.' })
  refresh(@Body() dto: RefreshDto): Promise<SessionView> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('password')
  @RequirePermission('auth.password')
  @OpenBeforePasswordChange()
  @HttpCode(200)
  @LoginThrottle()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change my own password',
    description:
      'Needs the current password. Every sign-in of the user ends, this one included; the answer is a new session. ' +
      'A sign-in with a password an administrator set (`user.mustChangePassword`) may do nothing else until then.',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiResponse({ status: 400, description: '`currentPassword` is wrong, or `newPassword` is too short or unchanged.' })
  @ApiResponse({ status: 423, description: '`account_locked`: too many wrong passwords.' })
  changePassword(@Body() dto: ChangePasswordDto, @CurrentPrincipal() principal: Principal): Promise<SessionView> {
    return this.auth.changePassword(principal, dto.currentPassword, dto.newPassword);
  }

  @Post('logout')
  @RequirePermission('auth.session')
  @OpenBeforePasswordChange()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: the refresh token and every token rotated from it stop working' })
  async logout(@Body() dto: RefreshDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(dto.refreshToken, principal);
  }

  @Get('me')
  @RequirePermission('auth.session')
  @OpenBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the access token belongs to' })
  @ApiOkResponse({ type: SessionUserView })
  me(@CurrentPrincipal() principal: Principal): SessionUserView {
    return {
      id: principal.userId,
      name: principal.name,
      role: principal.role,
      offices: [...principal.offices],
      countries: [...principal.countries],
      mustChangePassword: principal.mustChangePassword ?? false,
    };
  }
}
