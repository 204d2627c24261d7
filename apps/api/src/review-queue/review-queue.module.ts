import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { GetReviewQueueHandler } from './get-review-queue.handler';
import { ReviewQueueController } from './review-queue.controller';

/** Reviewers' work list: pending submissions across units, read from the read model's `review_queue`. */
@Module({
  imports: [CommandHandlingModule],
  controllers: [ReviewQueueController],
  providers: [GetReviewQueueHandler],
})
export class ReviewQueueModule {}
