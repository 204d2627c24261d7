import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { EventStoreModule } from '@dti/event-store';
import { PlatformHealthModule, PlatformHttpModule } from '@dti/platform';
import { AuthModule } from '../auth/auth.module';
import { AuthenticationGuard } from '../auth/authentication.guard';
import { RolesGuard } from '../auth/roles.guard';
import { ApiMetrics } from './metrics/api-metrics';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsTokenError } from './metrics/metrics-token.error';
import { QueuesAuthMiddleware } from './queues/queues-auth.middleware';
import { QueuesBoard } from './queues/queues-board';
import { QueuesSessionController } from './queues/queues-session.controller';

/**
 * Operating the read side over HTTP: GET /metrics (Prometheus) and bull-board at /admin/queues for
 * admins (with POST/DELETE /admin/queues/session for browsers). See README, "Operating the read side".
 */
@Module({
  imports: [
    AuthModule,
    EventStoreModule,
    PlatformHealthModule,
    PlatformHttpModule.forFeature([{ error: MetricsTokenError, status: 401 }]),
  ],
  controllers: [MetricsController, QueuesSessionController],
  providers: [ApiMetrics, HttpMetricsMiddleware, QueuesBoard, QueuesAuthMiddleware, AuthenticationGuard, RolesGuard],
})
export class OperationsModule implements NestModule {
  constructor(private readonly board: QueuesBoard) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
    consumer
      .apply(QueuesAuthMiddleware, this.board.router)
      .exclude({ path: 'admin/queues/session', method: RequestMethod.ALL })
      .forRoutes(
        { path: 'admin/queues', method: RequestMethod.ALL },
        { path: 'admin/queues/*path', method: RequestMethod.ALL },
      );
  }
}
