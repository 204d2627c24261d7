import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ScorecardQueryDto {
  @ApiPropertyOptional({
    description:
      'The scorecard as it stood then: a global position (integer, e.g. 1042: events up to and ' +
      'including it) or an ISO-8601 instant with offset (events the store had recorded by then)',
    example: '2021-04-10T09:00:00+07:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  asOf?: string;
}
