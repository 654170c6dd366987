import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../common/validators';

export class SearchOccupationsQuery {
  @ApiProperty({
    description: 'What the person says they did, in their words: "car mechanic", "sold vegetables at the market".',
    minLength: 2,
    maxLength: 200,
    example: 'car mechanic',
  })
  @IsString()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional({ type: Number, default: 5, minimum: 1, maximum: 20, description: 'How many unit groups.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit: number = 5;
}
