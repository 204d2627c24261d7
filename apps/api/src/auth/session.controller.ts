import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ROLES, type Actor, type Role } from '@dti/domain';
import type { PlatformConfig } from '@dti/platform';
import type { AccountView } from '../accounts/account.view';
import { GetAccountQuery } from '../accounts/queries/get-account.query';
import { AccessTokens } from './access-tokens';
import { LoginDto } from './auth.dto';
import { AuthenticationError } from './auth.errors';
import { CurrentActor } from './current-actor.decorator';
import { LoginService } from './login.service';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';
import { clearedSessionCookie, csrfTokenFor, sessionCookie, sessionTokenOf } from './session-cookie';

export class SessionDto {
  @ApiProperty({ example: 'sub-stttt' })
  username!: string;

  @ApiProperty({ example: 'Đầu mối Sở Thông tin và Truyền thông' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ type: String, nullable: true, example: 'STTTT', description: 'The submitter’s unit; null otherwise.' })
  unit!: string | null;

  @ApiProperty({ description: 'When the session cookie expires (ISO 8601)', example: '2025-07-01T08:00:00.000Z' })
  expiresAt!: string;

  @ApiProperty({ description: 'Send as X-CSRF-Token on every POST/PUT/PATCH/DELETE made with the session cookie' })
  csrfToken!: string;
}

/**
 * The browser's sign-in (BFF style): the same credentials and account checks as POST /auth/login, but the
 * token goes into an HttpOnly, SameSite=Strict cookie instead of the page's hands.
 */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  private readonly secret: string;
  private readonly production: boolean;

  constructor(
    private readonly logins: LoginService,
    private readonly tokens: AccessTokens,
    private readonly queries: QueryBus,
    config: ConfigService<PlatformConfig, true>,
  ) {
    this.secret = config.get('JWT_SECRET', { infer: true });
    this.production = config.get('NODE_ENV', { infer: true }) === 'production';
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập trên trình duyệt / Log in from the web application',
    description:
      'Sets the session cookie `dti_session` (HttpOnly, SameSite=Strict, Secure over TLS) for JWT_TTL and answers the ' +
      'account with the CSRF token to send as X-CSRF-Token on every state-changing request. Public.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiForbiddenResponse({ description: 'ACCOUNT_DISABLED' })
  @ApiTooManyRequestsResponse({ description: 'Too many password attempts (Retry-After)' })
  async open(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionDto> {
    const issued = await this.logins.login(body.username, body.password);
    const account = await this.queries.execute<GetAccountQuery, AccountView>(new GetAccountQuery(body.username));
    response.setHeader(
      'Set-Cookie',
      sessionCookie(issued.accessToken, { maxAgeSeconds: issued.expiresIn, secure: this.secure(request) }),
    );
    response.setHeader('Cache-Control', 'no-store');
    return this.describe(account, issued.accessToken, Date.now() + issued.expiresIn * 1000);
  }

  @Roles(...ROLES)
  @Get()
  @ApiOperation({
    summary: 'Phiên làm việc hiện tại / The current browser session',
    description: 'The account behind the session cookie (or bearer token) and its CSRF token; 401 once it expired.',
  })
  @ApiOkResponse({ type: SessionDto })
  async current(@CurrentActor() actor: Actor, @Req() request: Request): Promise<SessionDto> {
    const token =
      sessionTokenOf(request.headers.cookie) ?? /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) throw AuthenticationError.because('UNAUTHENTICATED');
    const { expiresAt } = await this.tokens.verifyWithExpiry(token);
    const account = await this.queries.execute<GetAccountQuery, AccountView>(new GetAccountQuery(actor.username));
    return this.describe(account, token, expiresAt);
  }

  @Public()
  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất / Log out: clears the session cookie. Public.' })
  @ApiNoContentResponse({ description: 'Cookie cleared.' })
  close(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    response.setHeader('Set-Cookie', clearedSessionCookie(this.secure(request)));
  }

  private describe(account: AccountView, token: string, expiresAtMs: number): SessionDto {
    return {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      unit: account.unit,
      expiresAt: new Date(expiresAtMs).toISOString(),
      csrfToken: csrfTokenFor(token, this.secret),
    };
  }

  private secure(request: Request): boolean {
    return this.production || request.secure;
  }
}
