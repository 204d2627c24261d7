import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/**
 * Path parameters of the read endpoints. Only their shape is checked here; the controllers read them
 * with the domain's parsers (read-inputs.ts), which answer 400 naming the parameter.
 */
export class PeriodParams {
  @ApiProperty({ description: 'Quarter, YYYY-Qn', example: '2021-Q1' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  period!: string;
}

export class UnitParams {
  @ApiProperty({ description: 'Unit code', example: 'STTTT' })
  @IsString()
  @Matches(/^\S{1,40}$/)
  unit!: string;
}

export class UnitPeriodParams extends UnitParams {
  @ApiProperty({ description: 'Quarter, YYYY-Qn', example: '2021-Q1' })
  @IsString()
  @Matches(/^\S{1,20}$/)
  period!: string;
}
