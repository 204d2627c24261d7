import { Body, Controller, Get, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ROLES, type Actor, type CommandEnvelope } from '@dti/domain';
import { AccountView } from '../accounts/account.view';
import { ChangeOwnPasswordCommand } from '../accounts/commands/change-own-password.command';
import { GetAccountQuery } from '../accounts/queries/get-account.query';
import { Envelope } from '../command-handling/envelope.decorator';
import { type AccessTokenResponse } from './access-tokens';
import { AccessTokenDto, ChangeOwnPasswordDto, LoginDto } from './auth.dto';
import { AuthenticationError } from './auth.errors';
import { CurrentActor } from './current-actor.decorator';
import { LOGIN_ATTEMPTS_PER_WINDOW } from './login-throttling';
import { LoginService } from './login.service';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

const TOO_MANY = `More than ${LOGIN_ATTEMPTS_PER_WINDOW} password attempts a minute from this address for this username (problem+json, Retry-After).`;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập / Log in',
    description:
      'Returns a bearer token valid for JWT_TTL. When it expires, call POST /auth/refresh before that, or log in again. Public.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS (unknown username and wrong password alike)' })
  @ApiForbiddenResponse({ description: 'ACCOUNT_DISABLED (said only to someone who knows the password)' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<AccessTokenResponse> {
    try {
      return await this.logins.login(body.username, body.password);
    } catch (error) {
      // Every 401 carries its challenge (RFC 9110 §15.5.2), this one too.
      if (error instanceof AuthenticationError) response.setHeader('WWW-Authenticate', 'Bearer realm="dti-hue"');
      throw error;
    }
  }

  @Roles(...ROLES)
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Gia hạn mã truy cập / Refresh the token',
    description: 'A new token for a still valid token of an enabled account (revoked or expired tokens: log in again).',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  refresh(@CurrentActor() actor: Actor): Promise<AccessTokenResponse> {
    return this.logins.reissue(actor.username);
  }

  @Roles(...ROLES)
  @Get('me')
  @ApiOperation({ summary: 'Tài khoản đang đăng nhập / The account behind the token' })
  @ApiOkResponse({ type: AccountView })
  me(@CurrentActor() actor: Actor): Promise<AccountView> {
    return this.queries.execute(new GetAccountQuery(actor.username));
  }

  @Roles(...ROLES)
  @UseGuards(ThrottlerGuard)
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đổi mật khẩu của mình / Change your own password',
    description:
      'Needs the current password (403 WRONG_CURRENT_PASSWORD). Revokes every earlier token of the account and returns a new one.',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async changePassword(
    @Body() body: ChangeOwnPasswordDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<AccessTokenResponse> {
    await this.commands.execute(new ChangeOwnPasswordCommand(body.currentPassword, body.newPassword, envelope));
    return this.logins.reissue(envelope.actor);
  }
}
