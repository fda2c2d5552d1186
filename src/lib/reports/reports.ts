/**
 * What reviewers read: each suite's result as terminal lines, as Markdown for a pull-request comment
 * or CI job summary, and as JSON; with the suite's own summary (rubric coverage per credential, the
 * standards × credentials matrix, rule pass counts).
 */
import type { Catalog } from '../content/catalog.ts';
import { countBySeverity, type Problem } from '../problems.ts';
import { coverageMatrix, type CredentialBundle } from '../site/site-model.ts';
import type { SuiteResult } from '../checks/suites.ts';

/** `path:line:col  rule-id  field: message  (hint)`. */
export function formatSuiteProblem(problem: Problem): string {
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}:${problem.col}  ${problem.rule}  ${severity}${field}${problem.message}${problem.hint ? `  (${problem.hint})` : ''}`;
}

export interface RubricCoverageRow {
  code: string;
  file: string;
  requirements: { assessed: number; total: number };
  artifacts: { assessed: number; total: number };
  criteria: { mapped: number; total: number };
}

/** Per credential: how much of what teachers submit is assessed, and how much of the rubric maps to it. */
export function rubricCoverage(catalog: Catalog): RubricCoverageRow[] {
  return catalog.credentials.flatMap((folder) => {
    const credential = folder.credential?.data;
    const rubric = folder.rubric?.data;
    if (!credential || !rubric) return [];
    const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts.map((artifact) => artifact.id));
    const known = new Set(artifacts);
    const scored = new Set(rubric.criteria.flatMap((criterion) => criterion.artifacts));
    const phases = new Set(rubric.criteria.map((criterion) => criterion.phase));
    return [{
      code: credential.code,
      file: folder.dir,
      requirements: { assessed: credential.requirements.filter((requirement) => phases.has(requirement.phase)).length, total: credential.requirements.length },
      artifacts: { assessed: artifacts.filter((id) => scored.has(id)).length, total: artifacts.length },
      criteria: { mapped: rubric.criteria.filter((criterion) => criterion.artifacts.every((id) => known.has(id))).length, total: rubric.criteria.length },
    }];
  }).sort((a, b) => a.code.split('-')[1]!.localeCompare(b.code.split('-')[1]!, 'en', { numeric: true }) || a.code.localeCompare(b.code));
}

function bundles(catalog: Catalog): CredentialBundle[] {
  return catalog.credentials.flatMap((folder) => (folder.credential?.data ? [{ credential: folder.credential.data, rubric: folder.rubric?.data, alignment: folder.alignment?.data }] : []));
}

export function standardsCoverage(catalog: Catalog) {
  const frameworks = catalog.standards.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
  const credentialBundles = bundles(catalog);
  return { codes: credentialBundles.map((bundle) => bundle.credential.code), ids: credentialBundles.map((bundle) => bundle.credential.id), rows: coverageMatrix(frameworks, credentialBundles) };
}

const ratio = ({ assessed, mapped, total }: { assessed?: number; mapped?: number; total: number }) => `${assessed ?? mapped}/${total}`;

/** Lines for the terminal under the problems: the suite's own summary. */
export function summaryLines(result: SuiteResult): string[] {
  if (result.suite.id === 'rubrics') {
    return ['Rubric coverage (requirements assessed, artifacts assessed, criteria mapped):', ...rubricCoverage(result.catalog).map((row) => `  ${row.code.padEnd(9)} requirements ${ratio(row.requirements)}  artifacts ${ratio(row.artifacts)}  criteria ${ratio(row.criteria)}`)];
  }
  if (result.suite.id === 'standards') {
    const { rows } = standardsCoverage(result.catalog);
    const byFramework = new Map<string, { cited: number; total: number }>();
    for (const row of rows) {
      const entry = byFramework.get(row.framework.shortName) ?? { cited: 0, total: 0 };
      entry.total += 1;
      if (row.total > 0) entry.cited += 1;
      byFramework.set(row.framework.shortName, entry);
    }
    return ['Standards addressed by at least one credential:', ...[...byFramework].map(([name, entry]) => `  ${name.padEnd(14)} ${entry.cited}/${entry.total}`), 'The full standards × credentials matrix is in the Markdown report.'];
  }
  return [`Rules checked: ${result.suite.rules.map((rule) => rule.id).join(', ')}`];
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for a pull-request comment or the CI job summary. */
export function renderMarkdown(result: SuiteResult, { maxProblems = 100 } = {}): string {
  const { errors, warnings } = countBySeverity(result.problems);
  const status = errors > 0 ? `❌ ${errors} error${errors === 1 ? '' : 's'}` : '✅ passed';
  const lines = [`## ${result.suite.title} (\`${result.suite.command}\`)`, '', `**${status}**${warnings ? `, ⚠️ ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}, ${result.catalog.credentials.length} credentials checked.`, ''];
  if (result.problems.length > 0) {
    lines.push('| Where | Rule | Problem | How to fix |', '| --- | --- | --- | --- |');
    for (const problem of result.problems.slice(0, maxProblems)) {
      lines.push(`| \`${problem.file}:${problem.line}\` | ${problem.severity === 'warning' ? '⚠️ ' : ''}\`${problem.rule}\` | ${escapeCell(`${problem.field ? `\`${problem.field}\`: ` : ''}${problem.message}`)} | ${escapeCell(problem.hint ?? '')} |`);
    }
    if (result.problems.length > maxProblems) lines.push('', `…and ${result.problems.length - maxProblems} more; see the JSON report.`);
    lines.push('');
  }
  if (result.suite.id === 'rubrics') {
    lines.push('| Credential | Requirements assessed | Artifacts assessed | Criteria mapped |', '| --- | --- | --- | --- |');
    for (const row of rubricCoverage(result.catalog)) lines.push(`| ${row.code} | ${ratio(row.requirements)} | ${ratio(row.artifacts)} | ${ratio(row.criteria)} |`);
    lines.push('');
  }
  if (result.suite.id === 'standards') {
    const { codes, ids, rows } = standardsCoverage(result.catalog);
    lines.push('<details><summary>Standards × credentials coverage matrix</summary>', '', `| Standard | ${codes.join(' | ')} | Total |`, `| --- |${codes.map(() => ' :-: |').join('')} :-: |`);
    for (const row of rows) lines.push(`| ${row.framework.shortName} ${row.item.code} | ${ids.map((id) => (row.counts.get(id) ? String(row.counts.get(id)) : '·')).join(' | ')} | ${row.total} |`);
    lines.push('', '</details>', '');
  }
  lines.push('<details><summary>Rules in this check</summary>', '', ...result.suite.rules.map((rule) => `- \`${rule.id}\` (${rule.severity}): ${rule.description}`), '', '</details>', '');
  return lines.join('\n');
}

export function renderJson(result: SuiteResult) {
  const { errors, warnings } = countBySeverity(result.problems);
  return {
    suite: result.suite.id,
    title: result.suite.title,
    errors,
    warnings,
    credentials: result.catalog.credentials.length,
    rules: result.suite.rules.map((rule) => ({ id: rule.id, severity: rule.severity, description: rule.description })),
    problems: result.problems,
    ...(result.suite.id === 'rubrics' ? { coverage: rubricCoverage(result.catalog) } : {}),
    ...(result.suite.id === 'standards'
      ? { matrix: standardsCoverage(result.catalog).rows.map((row) => ({ framework: row.framework.id, code: row.item.code, total: row.total, credentials: Object.fromEntries(row.counts) })) }
      : {}),
  };
}
