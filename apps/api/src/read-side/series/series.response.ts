import { ApiProperty } from '@nestjs/swagger';

export class SeriesSubjectResponse {
  @ApiProperty({ enum: ['unit', 'group', 'province'] })
  kind!: 'unit' | 'group' | 'province';

  @ApiProperty({ type: String, nullable: true, example: 'STTTT' })
  unit!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Catalogue group code', example: '5' })
  group!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: ['department', 'district'] })
  block!: string | null;
}

export class SeriesPointResponse {
  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'unit: its percentage; group/province: the mean of the units’ percentages (2 decimals). Null when ' +
      'nothing is projected for the quarter',
  })
  percent!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The same percentage, exact' })
  percentExact!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'unit: its points; group/province: Σ of the units’' })
  points!: number | null;

  @ApiProperty({ type: String, nullable: true })
  pointsExact!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'unit: its applicable maximum; else Σ of the units’' })
  applicableMax!: number | null;

  @ApiProperty({ type: String, nullable: true })
  applicableMaxExact!: string | null;

  @ApiProperty({ description: 'Units behind the figure (1 for a unit; 0 when nothing is projected)' })
  unitCount!: number;
}

export class SeriesResponse {
  @ApiProperty({ type: SeriesSubjectResponse })
  subject!: SeriesSubjectResponse;

  @ApiProperty({ type: String, nullable: true, description: 'The catalogue node’s title', example: 'CHÍNH QUYỀN SỐ' })
  title!: string | null;

  @ApiProperty({ example: '2021-Q1' })
  from!: string;

  @ApiProperty({ example: '2021-Q4' })
  to!: string;

  @ApiProperty({ type: [SeriesPointResponse], description: 'One point per quarter from `from` to `to`, oldest first' })
  points!: SeriesPointResponse[];
}
