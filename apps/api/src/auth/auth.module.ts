import { createSecretKey } from 'node:crypto';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { PlatformHttpModule, REDIS, type PlatformConfig } from '@dti/platform';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { AccessTokens, TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-tokens';
import { AccountSessions } from './account-sessions';
import { AuthController } from './auth.controller';
import {
  AuthenticationError,
  CsrfRefusedError,
  RoleNotAllowedError,
  WeakPasswordError,
  WrongCurrentPasswordError,
} from './auth.errors';
import { AuthenticationGuard } from './authentication.guard';
import { loginThrottlerOptions } from './login-throttling';
import { LoginService } from './login.service';
import { RolesGuard } from './roles.guard';
import { RouteAccessExplorer } from './route-access';
import { SessionCookieMiddleware } from './session-cookie.middleware';
import { SessionController } from './session.controller';

/**
 * Authentication and authorization for the whole API: the two global guards (bearer token, then
 * declared roles), sign-in (bearer tokens, and the web application's cookie session with its CSRF check),
 * the login throttle in Redis, and the route/roles explorer.
 */
@Module({
  imports: [
    CommandHandlingModule,
    DiscoveryModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<PlatformConfig, true>) => ({
        // A key object made once: given the text, jsonwebtoken first tries it as a PEM public key (a
        // thrown and caught error) and then builds a secret key, on every sign and verify.
        secret: createSecretKey(Buffer.from(config.get('JWT_SECRET', { infer: true }))) as unknown as string,
        signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [REDIS, ConfigService],
      useFactory: (redis: Redis, config: ConfigService<PlatformConfig, true>) =>
        loginThrottlerOptions(redis, config.get('BULLMQ_PREFIX', { infer: true })),
    }),
    PlatformHttpModule.forFeature([
      { error: AuthenticationError, status: 401 },
      { error: RoleNotAllowedError, status: 403 },
      { error: WrongCurrentPasswordError, status: 403 },
      { error: WeakPasswordError, status: 400 },
      { error: CsrfRefusedError, status: 403 },
    ]),
  ],
  controllers: [AuthController, SessionController],
  providers: [
    AccessTokens,
    AccountSessions,
    LoginService,
    RouteAccessExplorer,
    // In this order: who is calling, then may their role use this route.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokens, AccountSessions, RouteAccessExplorer],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Before the guards: the web application's cookie becomes the bearer header they read.
    consumer.apply(SessionCookieMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
