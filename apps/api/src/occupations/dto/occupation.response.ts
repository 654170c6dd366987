import { ApiProperty } from '@nestjs/swagger';
import { ISCO_LEVELS, IscoLevel } from '@avrr/persistence';

export class OccupationSuggestionView {
  @ApiProperty({ example: '7231', description: 'ISCO-08 unit group code.' })
  code: string;

  @ApiProperty({ example: 'Motor vehicle mechanics and repairers', description: 'The unit group title.' })
  title: string;

  @ApiProperty({ example: 1.51, description: 'Relevance; higher is better. Only comparable within one answer.' })
  score: number;

  @ApiProperty({
    example: 'Mechanic, motor vehicle',
    description: 'The occupational title of the index (or the group title) that matched best.',
  })
  matchedTitle: string;
}

export class OccupationSearchView {
  @ApiProperty({ example: 'car mechanic' })
  query: string;

  @ApiProperty({ type: [OccupationSuggestionView], description: 'Best first; equal scores by code.' })
  items: OccupationSuggestionView[];
}

export class IscoGroupView {
  @ApiProperty({ example: '723' })
  code: string;

  @ApiProperty({ enum: ISCO_LEVELS })
  level: IscoLevel;

  @ApiProperty({ example: 'Machinery mechanics and repairers' })
  title: string;

  @ApiProperty({ nullable: true, example: '72', type: String })
  parentCode: string | null;
}

export class IscoGroupDetailView extends IscoGroupView {
  @ApiProperty({ type: [IscoGroupView], description: 'The groups above it, from the major group down.' })
  ancestors: IscoGroupView[];
}
