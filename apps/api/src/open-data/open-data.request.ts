import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { PeriodParams } from '../read-side/read-route.params';

export class OpenDataFormatParams extends PeriodParams {
  @ApiProperty({ enum: ['csv', 'json'], description: 'csv (UTF-8 with BOM) or json (an array of rows)' })
  @IsString()
  @Matches(/^\S{1,10}$/)
  format!: string;
}
