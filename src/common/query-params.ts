import { orBadRequest } from './http-errors';

export type QueryBag = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A single text parameter; 400 naming it when repeated or empty. */
export function textParam(query: QueryBag, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim())
    orBadRequest(new Error(`${name} must be a single non-empty value`));
  return (value as string).trim();
}

/** A parameter that must be one of `allowed`; 400 listing them otherwise. */
export function oneOfParam<T extends string>(
  query: QueryBag,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = textParam(query, name);
  if (value !== undefined && !allowed.includes(value as T))
    orBadRequest(new Error(`${name} must be one of ${allowed.join(', ')}`));
  return value as T | undefined;
}

export function uuidParam(query: QueryBag, name: string): string | undefined {
  const value = textParam(query, name);
  if (value !== undefined && !UUID.test(value)) orBadRequest(new Error(`${name} must be a UUID`));
  return value;
}
