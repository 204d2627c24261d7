import { startHttpApp } from '@dti/platform';
import { ProjectorModule } from './projector.module';

void startHttpApp({
  module: ProjectorModule,
  service: 'projector',
  port: (config) => config.PROJECTOR_PORT,
  announce: (url) => ({ ready: `${url}/health/ready` }),
});
