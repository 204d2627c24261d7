import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GetReviewQueueHandler } from './get-review-queue.handler';
import { ReviewQueueController } from './review-queue.controller';

/** Reviewers' work list: pending submissions across units, read straight from the assessment streams. */
@Module({
  imports: [CommandHandlingModule, AssessmentsModule],
  controllers: [ReviewQueueController],
  providers: [GetReviewQueueHandler],
})
export class ReviewQueueModule {}
