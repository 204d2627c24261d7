import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { WrongExpectedVersionError } from '@dti/event-store';
import { ErrorStatusRegistry, ErrorStatusRule } from './error-status.registry';
import { createPlatformValidationPipe } from './platform-validation.pipe';
import { ProblemDetailsFilter } from './problem-details.filter';

let featureRuleSets = 0;

@Module({})
class ErrorStatusRulesModule {}

/** Errors every app can meet whatever its features. */
const PLATFORM_ERROR_RULES: ErrorStatusRule[] = [
  { error: WrongExpectedVersionError, status: 409, code: 'CONCURRENT_MODIFICATION', title: 'Concurrent modification' },
];

/**
 * HTTP conventions shared by every app: the global validation pipe and the problem-details filter,
 * registered as APP_PIPE / APP_FILTER so a test module built from an app module behaves exactly like
 * the running app.
 */
@Global()
@Module({})
export class PlatformHttpModule {
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
      ],
      exports: [ErrorStatusRegistry],
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
