/**
 * Turns zod's validation issues into problems an author can act on: each names the field, says
 * what to do, and carries the field's own description (or a near-miss suggestion) as the hint.
 */
import { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { formatFieldPath, makeProblem, type FieldPath, type Position, type Problem } from '../problems.ts';

interface IssueContext {
  file: string;
  raw: unknown;
  schema: z.ZodType;
  locate: (path: FieldPath, options?: { atKey?: boolean }) => Position;
}

type AnySchema = z.core.$ZodType;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function describe(schema: AnySchema): string | undefined {
  let current = schema;
  for (;;) {
    const description = z.globalRegistry.get(current)?.description;
    if (description) return description;
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    const next = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (!next) return undefined;
    current = next;
  }
}

/** The schema that validates the value at `path`, if the path exists in the schema. */
export function schemaAt(schema: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; items?: AnySchema[] };
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.type === 'tuple' && typeof key === 'number') current = def.items?.[key];
    else return undefined;
  }
  return current;
}

/** Field names an object schema at `path` accepts. */
export function knownKeysAt(schema: AnySchema, path: FieldPath): string[] {
  const target = schemaAt(schema, path);
  if (!target) return [];
  const def = unwrap(target)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(raw: unknown, path: FieldPath): { exists: boolean; value: unknown } {
  let current: unknown = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) return { exists: false, value: undefined };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { exists: true, value: current };
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

interface DateReading {
  iso: string;
  spoken: string;
}

/** `2026-12-02` with its spoken form, when the three numbers make a real calendar date. */
function calendarDate(year: string, month: string, day: string): DateReading | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return date.toISOString().startsWith(iso) ? { iso, spoken: LONG_DATE.format(date) } : undefined;
}

/**
 * The dates a text written another way could mean, likeliest first. Slashes and dashes are read
 * month first, as in the United States (this is a Louisiana catalog), dots day first, as in Europe;
 * the other reading follows when both fit.
 */
function dateReadings(text: string): DateReading[] {
  const known = (readings: Array<DateReading | undefined>) => readings.filter((reading): reading is DateReading => reading !== undefined);
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  if (yearFirst) return known([calendarDate(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!)]);
  const yearLast = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!yearLast) return [];
  const [, first = '', separator, second = '', year = ''] = yearLast;
  const monthFirst = calendarDate(year, first, second);
  const dayFirst = calendarDate(year, second, first);
  const readings = known(separator === '.' ? [dayFirst, monthFirst] : [monthFirst, dayFirst]);
  return readings.filter((reading, index) => index === 0 || reading.iso !== readings[0]!.iso);
}

/** The refused date as the field wants it, when the author's text is a real date written another way. */
function dateHint(fieldSchema: AnySchema | undefined, key: string | undefined, value: unknown): string | undefined {
  if (!fieldSchema || typeof value !== 'string') return undefined;
  const readings = dateReadings(value).filter((reading) => z.safeParse(fieldSchema, reading.iso).success);
  if (!readings.length) return undefined;
  const prefix = key === undefined ? '' : `${key}: `;
  return `write ${readings.map((reading) => `${prefix}${reading.iso} if you meant ${reading.spoken}`).join(', or ')}`;
}

/**
 * `estimatedHours: 5-10 hours` where fields are expected: the author's numbers in the object's number
 * fields, in order (`{ min: 5, max: 10 }`), offered only when the result is valid.
 */
function objectHint(fieldSchema: AnySchema | undefined, key: string | undefined, value: unknown): string | undefined {
  if (!fieldSchema || typeof value !== 'string') return undefined;
  const def = unwrap(fieldSchema)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  const fields = Object.entries(def.shape ?? {});
  const numbers = value.match(/\d+(?:\.\d+)?/g) ?? [];
  if (def.type !== 'object' || !fields.length || numbers.length !== fields.length) return undefined;
  if (!fields.every(([, field]) => unwrap(field)._zod.def.type === 'number')) return undefined;
  const candidate = Object.fromEntries(fields.map(([name], index) => [name, Number(numbers[index])]));
  if (!z.safeParse(fieldSchema, candidate).success) return undefined;
  const written = `{ ${Object.entries(candidate)
    .map(([name, number]) => `${name}: ${number}`)
    .join(', ')} }`;
  return `write it as ${key === undefined ? '' : `${key}: `}${written}`;
}

const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

function instructionFor(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array'
        ? `List at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}.`
        : issue.origin === 'string'
          ? `Write at least ${issue.minimum} characters.`
          : `Use a value of at least ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `List at most ${issue.maximum} entries.`
        : issue.origin === 'string'
          ? `Shorten this to ${issue.maximum} characters or fewer.`
          : `Use a value of at most ${issue.maximum}.`;
    case 'invalid_type':
      return issue.expected === 'int'
        ? 'Use a whole number.'
        : `Write this as ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a block of fields' : `a ${issue.expected}`}.`;
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}.`;
    default:
      return `Correct this value: ${issue.message.toLowerCase()}.`;
  }
}

export function issueToProblems(zodIssue: z.core.$ZodIssue, context: IssueContext): Problem[] {
  const { file, raw, schema, locate } = context;
  // Content comes from YAML, so paths never hold symbols; narrowing here keeps every helper simple.
  const issue = {
    ...zodIssue,
    path: zodIssue.path.filter((key): key is string | number => typeof key !== 'symbol'),
  } as z.core.$ZodIssue & { path: Array<string | number> };
  const at = (path: FieldPath, message: string, hint: string | undefined, atKey = false): Problem => {
    const position = locate(path, { atKey });
    return makeProblem(file, message, { line: position.line, col: position.col, field: formatFieldPath(path), hint, rule: 'schema' });
  };

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = known.length ? closest(key, known) : undefined;
      const hint =
        suggestion && distance(key, suggestion) <= Math.max(2, Math.floor(key.length / 3))
          ? `did you mean "${suggestion}"?`
          : known.length
            ? `allowed fields here: ${known.join(', ')}`
            : undefined;
      return at([...issue.path, key], `Remove "${key}": it is not a field here.`, hint, true);
    });
  }

  const describedAt = (path: FieldPath): string | undefined => {
    const target = schemaAt(schema, path);
    return (target && describe(target)) || (typeof path.at(-1) === 'number' ? describedAt(path.slice(0, -1)) : undefined);
  };
  const description = describedAt(issue.path);
  const lastKey = issue.path.at(-1);
  const { exists, value } = valueAt(raw, issue.path);

  if (!exists && typeof lastKey === 'string') {
    return [at(issue.path, `Add the required field "${lastKey}".`, description)];
  }
  if (exists && value === null && issue.code === 'invalid_type') {
    return [at(issue.path, `Fill in "${String(lastKey ?? 'this file')}": it has no value.`, description)];
  }
  const fieldSchema = schemaAt(schema, issue.path);
  const fieldName = typeof lastKey === 'string' ? lastKey : undefined;
  const correction =
    issue.code === 'invalid_format'
      ? dateHint(fieldSchema, fieldName, value)
      : issue.code === 'invalid_type' && issue.expected === 'object'
        ? objectHint(fieldSchema, fieldName, value)
        : undefined;
  return [at(issue.path, instructionFor(issue), correction ?? description)];
}
