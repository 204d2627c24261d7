import { Injectable } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { ConfigService } from '@nestjs/config';
import { Router, type RequestHandler } from 'express';
import { ProjectionMonitor, type PlatformConfig } from '@dti/platform';
import { QUEUES_PATH } from './queues-session-cookie';

/** bull-board on the projection queue (under BULLMQ_PREFIX), served at /admin/queues. */
@Injectable()
export class QueuesBoard {
  readonly router: RequestHandler;

  constructor(monitor: ProjectionMonitor, config: ConfigService<PlatformConfig, true>) {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUES_PATH);
    const prefix = config.get('BULLMQ_PREFIX', { infer: true });
    createBullBoard({
      queues: [
        new BullMQAdapter(monitor.queue, {
          description: `Projection jobs (BullMQ prefix "${prefix}"); parked jobs stay in "failed"`,
        }),
      ],
      serverAdapter,
      options: { uiConfig: { boardTitle: 'dti-huế' } },
    });
    // Nest hands middleware the request with its full path (it registers them as routes, not mounts):
    // mounting the board at its path restores the relative URLs its router expects.
    this.router = Router().use(QUEUES_PATH, serverAdapter.getRouter() as RequestHandler);
  }
}
