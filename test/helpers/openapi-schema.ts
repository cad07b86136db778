// Checks a real answer against the schema the OpenAPI document gives for it, so a response DTO
// that drifts from what a service returns fails a test. Covers the subset @nestjs/swagger emits:
// $ref, allOf, oneOf, type, nullable, enum, properties with required, items, additionalProperties.

export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema> };
}

function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const found = doc.components.schemas[name];
  if (!found) throw new Error(`no schema ${schema.$ref}`);
  return resolve(doc, found);
}

/** allOf flattened into one object schema (swagger's way of writing `extends` and nullable refs). */
function flatten(doc: OpenApiDocument, schema: Schema): Schema {
  const own = resolve(doc, schema);
  if (!own.allOf) return own;
  const parts = own.allOf.map((s) => flatten(doc, s));
  return {
    ...own,
    allOf: undefined,
    type: parts.find((p) => p.type)?.type ?? own.type,
    properties: Object.assign({}, ...parts.map((p) => p.properties), own.properties) as Record<
      string,
      Schema
    >,
    required: [...parts.flatMap((p) => p.required ?? []), ...(own.required ?? [])],
  };
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The places where `value` departs from `schema`: missing, undocumented or mistyped fields. */
export function schemaGaps(
  doc: OpenApiDocument,
  schema: Schema,
  value: unknown,
  at = '$',
): string[] {
  const s = flatten(doc, schema);
  if (value === null) return s.nullable || schema.nullable ? [] : [`${at}: null but not nullable`];
  if (s.oneOf) {
    const fits = s.oneOf.filter((option) => !schemaGaps(doc, option, value, at).length);
    return fits.length === 1 ? [] : [`${at}: fits ${fits.length} of the oneOf options`];
  }
  const actual = typeOf(value);
  if (s.type && s.type !== actual && !(s.type === 'number' && actual === 'integer'))
    return [`${at}: ${actual}, documented as ${s.type}`];
  if (s.enum && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in its enum`];
  if (Array.isArray(value))
    return s.items ? value.flatMap((v, i) => schemaGaps(doc, s.items!, v, `${at}[${i}]`)) : [];
  if (actual !== 'object') return [];
  const object = value as Record<string, unknown>;
  const gaps: string[] = [];
  for (const name of s.required ?? [])
    if (!(name in object)) gaps.push(`${at}.${name}: documented as required, absent`);
  for (const [name, v] of Object.entries(object)) {
    const property = s.properties?.[name];
    if (property) gaps.push(...schemaGaps(doc, property, v, `${at}.${name}`));
    else if (typeof s.additionalProperties === 'object')
      gaps.push(...schemaGaps(doc, s.additionalProperties, v, `${at}.${name}`));
    else if (s.properties && !s.additionalProperties) gaps.push(`${at}.${name}: not documented`);
  }
  return gaps;
}

/** The JSON schema an operation documents for `status`, or undefined. */
export function responseSchema(
  doc: OpenApiDocument,
  method: string,
  path: string,
  status: number,
): Schema | undefined {
  const op = doc.paths[path]?.[method] as
    { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } | undefined;
  const content = op?.responses?.[String(status)]?.content;
  return content?.['application/json']?.schema;
}
