import { ApiProperty } from '@nestjs/swagger';

/** A score as shown: numbers rounded to 2 decimals for display, the exact values as text beside them. */
export class ScoreFiguresResponse {
  @ApiProperty({ description: 'Points, rounded to 2 decimals for display', example: 7.2 })
  points!: number;

  @ApiProperty({ description: 'Points, exact (a fraction in lowest terms)', example: '36/5' })
  pointsExact!: string;

  @ApiProperty({ description: 'Sum of the maxima of the criteria that count, 2 decimals', example: 256 })
  applicableMax!: number;

  @ApiProperty({ example: '256' })
  applicableMaxExact!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'points / applicableMax as a percentage (0–100), 2 decimals; null when nothing counts',
    example: 2.81,
  })
  percent!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The same percentage, exact', example: '45/16' })
  percentExact!: string | null;
}
