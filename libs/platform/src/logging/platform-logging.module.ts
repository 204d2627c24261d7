import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { PlatformConfig } from '../config/platform-config.schema';
import { correlationIdOf } from './correlation-id';
import { CorrelationIdMiddleware } from './correlation-id.middleware';
import { RequestContext } from './request-context';

export interface PlatformLoggingOptions {
  /** Written on every line as `service`, so api and projector logs can share one sink. */
  service: string;
}

/** Paths probed every few seconds by orchestrators: logging each would drown the useful lines. */
const QUIET_PATHS = /^\/health(\/|\?|$)/;

/**
 * Structured JSON logs (pino) on stdout, one line per event, each carrying `service` and, inside a
 * request or job, `correlationId`.
 */
@Module({})
export class PlatformLoggingModule implements NestModule {
  static forRoot(options: PlatformLoggingOptions): DynamicModule {
    return {
      module: PlatformLoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<PlatformConfig, true>) => ({
            pinoHttp: {
              level: config.get('LOG_LEVEL', { infer: true }),
              base: { service: options.service, pid: process.pid },
              timestamp: pino.stdTimeFunctions.isoTime,
              formatters: { level: (label: string) => ({ level: label }) },
              mixin: () => {
                const correlationId = RequestContext.correlationId();
                return correlationId === undefined ? {} : { correlationId };
              },
              genReqId: (req, res) => correlationIdOf(req, res),
              autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.test(req.url ?? '') },
              // Method and URL only: headers carry bearer tokens and the correlation id is already on the line.
              serializers: {
                req: (req: { id: unknown; method: unknown; url: unknown }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                }),
              },
            },
          }),
        }),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware).forRoutes('*path');
  }
}
