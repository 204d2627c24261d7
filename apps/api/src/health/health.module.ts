import { Module } from '@nestjs/common';
import { PlatformHealthModule } from '@dti/platform';
import { HealthController } from './health.controller';

@Module({ imports: [PlatformHealthModule], controllers: [HealthController] })
export class HealthModule {}
