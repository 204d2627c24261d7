import { ApiProperty } from '@nestjs/swagger';

/** An exact number as the engine computed it, and the same rounded for display (2 decimals). */
export class ExactNumberResponse {
  @ApiProperty({ description: 'Exact value in lowest terms: "4", "3/2", "-1/2"', example: '10/3' })
  exact!: string;

  @ApiProperty({ description: 'Rounded half-up to 2 decimals, for display only', example: '3.33' })
  display!: string;
}

/** A share: the exact ratio and its percentage for display. */
export class ExactShareResponse {
  @ApiProperty({ description: 'Exact ratio in lowest terms', example: '5/8' })
  exact!: string;

  @ApiProperty({ description: 'As a percentage, rounded to 2 decimals', example: '62.50%' })
  display!: string;
}

export class BilingualResponse {
  @ApiProperty({ description: 'Tiếng Việt', example: 'Tỷ lệ = 30/300 = 10,00% ≥ 10%: 4,00 điểm' })
  vi!: string;

  @ApiProperty({ description: 'English', example: 'Share = 30/300 = 10.00% ≥ 10%: 4.00 points' })
  en!: string;
}
