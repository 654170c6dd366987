import { type INestApplication, ParseIntPipe, ParseUUIDPipe, type PipeTransform, type Type } from '@nestjs/common';
import { ParseCountPipe } from './parse-count.pipe';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/** What the validation decorators say of a value, copied into the document where the swagger decorators are silent. */
const CONSTRAINTS = [
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'maxItems',
  'minItems',
  'uniqueItems',
] as const;

type Schema = SchemaObject & { $ref?: string };

// Country and language codes: two letters (the fields upper- or lower-case them before checking the list).
const TWO_LETTERS = { type: 'string' as const, pattern: '^[A-Za-z]{2}$' };
const CODE_CONVERTERS = { isISO31661Alpha2: TWO_LETTERS, isISO6391: TWO_LETTERS };

/**
 * Gives every request body schema the limits its class-validator decorators enforce (lengths, patterns, enums,
 * ranges, array sizes), so a client generated from the document builds only requests the API accepts. The
 * validation decorators stay the one source: this reads them, as class-validator-jsonschema converts them.
 */
export function documentRequestConstraints(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const validation = validationMetadatasToSchemas({ additionalConverters: CODE_CONVERTERS }) as Record<string, Schema>;
  documentParameterConstraints(app, document, validation);
  for (const name of requestSchemaNames(document, schemas)) {
    const documented = schemas[name];
    const validated = validation[name];
    if (!documented?.properties || !validated?.properties) continue;
    for (const [property, rules] of Object.entries(validated.properties as Record<string, Schema>)) {
      const target = documented.properties[property] as Schema | undefined;
      if (!target || target.$ref) continue;
      addConstraints(target, rules);
      const items = target.items as Schema | undefined;
      const itemRules = rules.items as Schema | undefined;
      if (items && !items.$ref && itemRules && !itemRules.$ref) addConstraints(items, itemRules);
    }
  }
  return document;
}

function addConstraints(target: Schema, rules: Schema): void {
  // An integer check is stricter than the reflected `number`.
  if (rules.type === 'integer' && target.type === 'number') target.type = 'integer';
  for (const key of CONSTRAINTS) {
    if (rules[key] !== undefined && target[key] === undefined) (target as Record<string, unknown>)[key] = rules[key];
  }
}

/** The schemas a request body names, and those they name in turn. */
function requestSchemaNames(document: OpenAPIObject, schemas: Record<string, Schema>): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as Schema).$ref;
    if (typeof ref === 'string') {
      const name = ref.replace('#/components/schemas/', '');
      if (!names.has(name)) {
        names.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) visit(operation?.requestBody);
  }
  return names;
}

/** A route argument as Nest records it: `@Query()`, `@Param('id', ParseUUIDPipe)` and the like. */
interface RouteArgument {
  index: number;
  data?: string;
  pipes?: (PipeTransform | Type<PipeTransform>)[];
}

/**
 * Gives query and path parameters the limits their validation enforces: a query DTO's class-validator rules, and a
 * path parameter's pipe (`ParseUUIDPipe` makes it a UUID, `ParseIntPipe` an integer). Swagger's explorer lists the
 * parameters but not these rules, so the document used to accept ids and filters the API refuses with a 400.
 */
function documentParameterConstraints(
  app: INestApplication,
  document: OpenAPIObject,
  validation: Record<string, Schema>,
): void {
  const operations = new Map<string, ParameterObject[]>();
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      if (operation?.operationId)
        operations.set(operation.operationId, (operation.parameters ?? []) as ParameterObject[]);
    }
  }
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype)) {
        // Swagger names an operation `<controller>_<method>` unless told otherwise; this document never is.
        const parameters = operations.get(`${metatype.name}_${method}`);
        if (!parameters) continue;
        const argumentsOf = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {}) as Record<
          string,
          RouteArgument
        >;
        const types = (Reflect.getMetadata('design:paramtypes', metatype.prototype, method) ?? []) as Type[];
        for (const [key, argument] of Object.entries(argumentsOf)) {
          const kind = Number(key.split(':')[0]);
          if (kind === RouteParamtypes.QUERY && argument.data === undefined) {
            const rules = validation[types[argument.index]?.name ?? '']?.properties as
              Record<string, Schema> | undefined;
            for (const parameter of parameters) {
              const rule = rules?.[parameter.name];
              if (parameter.in === 'query' && rule && parameter.schema)
                addConstraints(parameter.schema as Schema, rule);
            }
          }
          if (kind === RouteParamtypes.PARAM && argument.data !== undefined) {
            const parameter = parameters.find((p) => p.in === 'path' && p.name === argument.data);
            const schema = parameter?.schema as Schema | undefined;
            if (schema) addPipeConstraints(schema, argument.pipes ?? []);
          }
        }
      }
    }
  }
}

function addPipeConstraints(schema: Schema, pipes: (PipeTransform | Type<PipeTransform>)[]): void {
  // A pipe is given as an instance or as its class (Nest builds it), and may extend the one looked for.
  const isPipe = (pipe: PipeTransform | Type<PipeTransform>, kind: Type<PipeTransform>) =>
    pipe === kind || pipe instanceof kind || (typeof pipe === 'function' && pipe.prototype instanceof kind);
  if (pipes.some((pipe) => isPipe(pipe, ParseUUIDPipe))) schema.format ??= 'uuid';
  if (pipes.some((pipe) => isPipe(pipe, ParseIntPipe))) schema.type = 'integer';
  if (pipes.some((pipe) => isPipe(pipe, ParseCountPipe))) {
    schema.minimum = ParseCountPipe.min;
    schema.maximum = ParseCountPipe.max;
  }
}
