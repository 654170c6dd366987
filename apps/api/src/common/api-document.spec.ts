import { Body, Controller, Get, Module, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { Public } from '../auth/access.decorators';
import { createApiDocument } from './api-document';

class CreateThingDto {
  @ApiProperty()
  @IsString()
  @MaxLength(40)
  @Matches(/^[A-Z]+$/)
  code: string;

  @ApiProperty()
  @IsIn(['small', 'large'])
  size: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  count: number;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(3)
  @MaxLength(10, { each: true })
  tags: string[];
}

class ListThingsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['small', 'large'])
  size?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

@Controller('things')
class ThingsController {
  @Public()
  @Get()
  list(@Query() _query: ListThingsQuery): string[] {
    return [];
  }

  @Get(':id/parts/:number')
  part(@Param('id', ParseUUIDPipe) _id: string, @Param('number', ParseIntPipe) _number: number): void {}

  @Post(':id')
  create(@Param('id') _id: string, @Body() _dto: CreateThingDto): void {}
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe('the OpenAPI document', () => {
  let document: ReturnType<typeof createApiDocument>;
  beforeAll(async () => {
    const app = await NestFactory.create(ThingsModule, new FastifyAdapter(), { preview: true, logger: false });
    document = createApiDocument(app);
    await app.close();
  });

  it('gives request fields the limits their validation enforces', () => {
    const dto = document.components!.schemas!.CreateThingDto as { properties: Record<string, object> };
    expect(dto.properties.code).toMatchObject({ type: 'string', maxLength: 40, pattern: '^[A-Z]+$' });
    expect(dto.properties.size).toMatchObject({ enum: ['small', 'large'] });
    expect(dto.properties.count).toMatchObject({ type: 'integer', minimum: 1 });
    expect(dto.properties.tags).toMatchObject({ maxItems: 3, items: { type: 'string', maxLength: 10 } });
  });

  it('gives query and path parameters the limits their DTO and pipes enforce', () => {
    const schemaOf = (path: string, name: string) =>
      (document.paths[path].get!.parameters as { name: string; schema: object }[]).find((p) => p.name === name)!.schema;
    expect(schemaOf('/things', 'size')).toMatchObject({ enum: ['small', 'large'] });
    expect(schemaOf('/things', 'country')).toMatchObject({ pattern: '^[A-Z]{2}$' });
    expect(schemaOf('/things/{id}/parts/{number}', 'id')).toMatchObject({ type: 'string', format: 'uuid' });
    expect(schemaOf('/things/{id}/parts/{number}', 'number')).toMatchObject({ type: 'integer' });
  });

  it('lists the answers the guards, pipes and filter give, each with the error body', () => {
    const post = document.paths['/things/{id}'].post!;
    expect(Object.keys(post.responses).sort()).toEqual(['201', '400', '401', '403', '404', '413', '415', '429', '503']);
    expect(post.responses['409']).toBeUndefined();
    expect(post.responses['401']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    });
  });

  it('marks a public route as needing no token, and lists no 401 or 403 for it (a 400 for its query)', () => {
    const get = document.paths['/things'].get!;
    expect(get.security).toEqual([]);
    expect(Object.keys(get.responses).sort()).toEqual(['200', '400', '429', '503']);
    expect(JSON.stringify(get)).not.toContain('x-public');
  });
});
