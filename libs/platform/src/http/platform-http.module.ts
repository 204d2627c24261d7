import {
  DynamicModule,
  Global,
  Injectable,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnModuleInit,
} from '@nestjs/common';
import { APP_FILTER, APP_PIPE, HttpAdapterHost } from '@nestjs/core';
import { WrongExpectedVersionError } from '@dti/event-store';
import { EdgeRejections } from './edge-rejections';
import { ErrorStatusRegistry, ErrorStatusRule } from './error-status.registry';
import { HostileInputMiddleware } from './hostile-input.middleware';
import { createPlatformValidationPipe } from './platform-validation.pipe';
import { ProblemDetailsFilter } from './problem-details.filter';

let featureRuleSets = 0;

/** Express announces itself in `X-Powered-By`; nobody needs to know. */
@Injectable()
class HideFrameworkHeader implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const instance: unknown = this.adapterHost.httpAdapter?.getInstance();
    const app = instance as { disable?: (setting: string) => void } | undefined;
    app?.disable?.('x-powered-by');
  }
}

@Module({})
class ErrorStatusRulesModule {}

/** Errors every app can meet whatever its features. */
const PLATFORM_ERROR_RULES: ErrorStatusRule[] = [
  { error: WrongExpectedVersionError, status: 409, code: 'CONCURRENT_MODIFICATION', title: 'Concurrent modification' },
];

/**
 * HTTP conventions shared by every app: the global validation pipe and the problem-details filter,
 * registered as APP_PIPE / APP_FILTER so a test module built from an app module behaves exactly like
 * the running app, and the hostile-input check of every JSON body (hostile-input.ts). Security headers and
 * CORS are set before routing by configureHttpEdge (http-edge.ts), which the app's bootstrap calls.
 */
@Global()
@Module({})
export class PlatformHttpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HostileInputMiddleware).forRoutes('*path');
  }

  static forRoot(): DynamicModule {
    return {
      module: PlatformHttpModule,
      providers: [
        {
          provide: ErrorStatusRegistry,
          useFactory: () => {
            const registry = new ErrorStatusRegistry();
            registry.register(PLATFORM_ERROR_RULES);
            return registry;
          },
        },
        { provide: APP_PIPE, useFactory: createPlatformValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        EdgeRejections,
        HideFrameworkHeader,
      ],
      exports: [ErrorStatusRegistry, EdgeRejections],
    };
  }

  /**
   * A feature module lists the typed errors it throws and their statuses:
   * `imports: [PlatformHttpModule.forFeature([{ error: SubmissionClosedError, status: 409 }])]`.
   */
  static forFeature(rules: ErrorStatusRule[]): DynamicModule {
    // A distinct token per call: Nest de-duplicates dynamic modules whose metadata serialises alike.
    const token = `ERROR_STATUS_RULES_${++featureRuleSets}`;
    return {
      module: ErrorStatusRulesModule,
      providers: [
        {
          provide: token,
          useFactory: (registry: ErrorStatusRegistry) => registry.register(rules),
          inject: [ErrorStatusRegistry],
        },
      ],
    };
  }
}
