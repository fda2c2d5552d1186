/**
 * The one shape every finding takes, whoever found it (YAML parser, schema, integrity rule),
 * and the three ways it is shown: a terminal line, a GitHub annotation and JSON.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  col: number;
  /** Dotted field path inside the file, e.g. `requirements[2].artifacts[0].formats`; empty for the whole file. */
  field: string;
  /** What is wrong, phrased as what to do. */
  message: string;
  /** Extra help: what the field is for, an example, or a near-miss suggestion. */
  hint?: string | undefined;
  /** Which check found it: `yaml`, `schema`, `mdx` or an integrity rule id. */
  rule: string;
  severity: Severity;
}

export type FieldPath = ReadonlyArray<string | number>;

/** A place in a file, 1-based, as editors count lines and columns. */
export interface Position {
  line: number;
  col: number;
}

/** `requirements[2].artifacts[0]` from `['requirements', 2, 'artifacts', 0]`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** Where a problem is and how to fix it; a problem without a line is about the whole file. */
export interface ProblemDetails {
  line?: number;
  col?: number;
  field?: string;
  hint?: string | undefined;
  rule: string;
  severity?: Severity;
}

/** The one way a problem is made, whoever finds it. */
export function makeProblem(
  file: string,
  message: string,
  { line = 1, col = 1, field = '', hint, rule, severity = 'error' }: ProblemDetails,
): Problem {
  return { file, line, col, field, message, hint, rule, severity };
}

const identity = (problem: Problem) => [problem.file, problem.line, problem.col, problem.field, problem.rule, problem.message].join('\0');

/** Each problem once, however many checks found it, sorted by file and line. */
export function uniqueProblems(problems: Problem[]): Problem[] {
  return sortProblems([...new Map(problems.map((problem) => [identity(problem), problem])).values()]);
}

/** `path:line:col  field  message  (hint)`, the line authors read. */
export function formatProblem(problem: Problem): string {
  const location = `${problem.file}:${problem.line}:${problem.col}`;
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint ? `  (${problem.hint})` : '';
  return `${location}  ${problem.field || '(file)'}  ${severity}${problem.message}${hint}`;
}

/** GitHub Actions workflow command; the data is escaped as the runner requires. */
export function formatAnnotation(problem: Problem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = escapeProperty(`${problem.rule}${problem.field ? ` ${problem.field}` : ''}`);
  const body = escapeData(problem.hint ? `${problem.message} (${problem.hint})` : problem.message);
  return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.col},title=${title}::${body}`;
}

export function countBySeverity(problems: Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** `1 credential`, `3 credentials`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
