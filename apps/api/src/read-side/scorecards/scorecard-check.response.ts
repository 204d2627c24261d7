import { ApiProperty } from '@nestjs/swagger';

export class ProjectionDifferenceResponse {
  @ApiProperty({ example: 'criterion_scores' })
  table!: string;

  @ApiProperty({ description: 'The row’s key', example: '5.1.1' })
  row!: string;

  @ApiProperty({ description: 'The column, or * for a row present on one side only', example: 'pointsExact' })
  column!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The projected value (JSON)' })
  projected!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The replayed value (JSON)' })
  replayed!: string | null;
}

export class ScorecardCheckResponse {
  @ApiProperty({ example: 'STTTT' })
  unit!: string;

  @ApiProperty({ example: '2021-Q1' })
  period!: string;

  @ApiProperty({ example: 'assessment-STTTT-2021Q1' })
  streamId!: string;

  @ApiProperty({ description: 'The projection equals the replay of the events it reflects' })
  match!: boolean;

  @ApiProperty({
    enum: ['match', 'mismatch', 'missing', 'no-stream'],
    description:
      'match; mismatch (see differences); missing (events recorded, nothing projected); no-stream (nothing ' +
      'recorded and nothing projected: a match)',
  })
  outcome!: 'match' | 'mismatch' | 'missing' | 'no-stream';

  @ApiProperty({ type: String, nullable: true, description: 'Global position the projection reflects' })
  projectedPosition!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Global position of the stream’s last event' })
  streamPosition!: string | null;

  @ApiProperty({ description: 'Events of the stream the projection does not reflect yet' })
  eventsBehind!: number;

  @ApiProperty({ type: [ProjectionDifferenceResponse] })
  differences!: ProjectionDifferenceResponse[];
}
