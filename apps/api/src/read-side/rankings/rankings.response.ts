import { ApiProperty } from '@nestjs/swagger';
import { ScoreFiguresResponse } from '../score-figures.response';

export class RankedUnitResponse extends ScoreFiguresResponse {
  @ApiProperty({ enum: ['department', 'district'] })
  block!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Competition rank in the block on the exact percentage (1, 1, 3); null when nothing counts for the unit',
    example: 1,
  })
  rank!: number | null;

  @ApiProperty({ description: 'Another unit of the block has the same rank' })
  tied!: boolean;

  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: 'Sở Thông tin và Truyền thông' })
  unitName!: string;

  @ApiProperty({ description: 'False: no report for the quarter, ranked with 0 of the block’s full maximum' })
  reported!: boolean;

  @ApiProperty({ type: String, nullable: true, enum: ['open', 'finalized', 'reopened'] })
  reportStatus!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Rank in the previous quarter (same block)' })
  previousRank!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'previousRank − rank: positive means it moved up; null without both ranks',
  })
  rankChange!: number | null;
}

export class RankingsResponse {
  @ApiProperty({ example: '2021-Q2' })
  period!: string;

  @ApiProperty({ example: '2021-Q1', description: 'The quarter `previousRank` refers to' })
  previousPeriod!: string;

  @ApiProperty({ type: String, nullable: true, enum: ['department', 'district'], description: 'null: both blocks' })
  block!: string | null;

  @ApiProperty({
    type: [RankedUnitResponse],
    description:
      'The units that existed in the quarter, by block then rank (unranked last). Empty while nothing is ' +
      'projected for the quarter.',
  })
  units!: RankedUnitResponse[];
}
