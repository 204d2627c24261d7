import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataRateLimitGuard } from './open-data-rate-limit.guard';

/** Dữ liệu mở: published results without login (issue #13). */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataRateLimitGuard],
})
export class OpenDataModule {}
