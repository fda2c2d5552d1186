/**
 * What a reviewer reads on a pull request: one Markdown summary of the checks and the change gate,
 * scoped to what the pull request touches, with each problem once, the words that changed, and who
 * must approve. The same text fills reports/summary.md, the CI job summary and the pull-request comment.
 */
import { approversOf, type CodeOwners } from '../review/code-owners.ts';
import type { CredentialChange, GateResult } from '../review/credential-diff.ts';
import { countBySeverity, plural, uniqueProblems, type Problem } from '../problems.ts';
import { baseLabel, type PullRequest } from '../review/pull-request.ts';
import { rubricCoverage } from './reports.ts';
import type { CheckRun } from '../checks/suites.ts';
import { wordDiffMarkdown } from '../review/text-changes.ts';

/** The first line of every summary, so the workflow finds and updates its own comment. */
export const SUMMARY_MARKER = '<!-- louisiana-stem-microcredentials:review-summary -->';

/** GitHub refuses comments longer than 65,536 characters; this leaves room for the truncation note. */
export const COMMENT_LIMIT = 60_000;

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function problemTable(problems: Problem[]): string[] {
  return [
    '| Where | Rule | Problem | How to fix |',
    '| --- | --- | --- | --- |',
    ...problems.map((problem) => `| \`${problem.file}:${problem.line}\` | ${problem.severity === 'warning' ? '⚠️ ' : ''}\`${problem.rule}\` | ${escapeCell(`${problem.field ? `\`${problem.field}\`: ` : ''}${problem.message}`)} | ${escapeCell(problem.hint ?? '')} |`),
  ];
}

const range = (before: string | undefined, after: string | undefined) => (before && after && before !== after ? `${before} → ${after}` : (after ?? before ?? ''));

/** The table of changed credentials and a section for each: fields, notes, coverage and word diffs. */
function credentialChanges(changes: CredentialChange[], heading: string): string[] {
  if (changes.length === 0) return [];
  const lines = ['| Credential | Change | Status | Version | Bump required |', '| --- | --- | --- | --- | --- |'];
  for (const change of changes) {
    lines.push(`| ${change.code} ${change.title} | ${change.kind} | ${range(change.baseStatus, change.headStatus)} | ${range(change.baseVersion, change.headVersion)} | ${change.required === 'none' ? '–' : change.required} |`);
  }
  lines.push('');
  for (const change of changes) {
    lines.push(`${heading} ${change.code} ${change.title}`, '');
    for (const field of change.fields) lines.push(`- \`${field.name}\` changed (${field.class}: ${field.why}).`);
    lines.push(...change.notes.map((note) => `- ${note}`));
    if (change.coverage) lines.push(`- Rubric coverage: before ${change.coverage.before}; after ${change.coverage.after}.`);
    if (change.texts.length) {
      lines.push('', '<details open><summary>Before and after (deleted words struck through, new words underlined)</summary>', '');
      for (const text of change.texts) lines.push(`- **${text.where}**: ${wordDiffMarkdown(text)}`);
      lines.push('', '</details>');
    }
    lines.push('');
  }
  return lines;
}

/** The change gate alone, for `npm run check:changes` and reports/changes.md. */
export function renderChangeSummary(result: GateResult, base: string): string {
  const errors = result.problems.length;
  const lines = [`## Changes to credentials (compared with \`${base}\`)`, ''];
  if (result.changes.length === 0 && errors === 0) return [...lines, 'No credential changed.', ''].join('\n');
  lines.push(errors ? `**❌ ${plural(errors, 'problem')} to fix before this can merge.**` : '**✅ Review and versioning rules met.**', '');
  lines.push(...credentialChanges(result.changes, '###'));
  if (errors) lines.push('### To fix', '', ...problemTable(result.problems), '');
  return lines.join('\n');
}

export interface ReviewSummary {
  markdown: string;
  /** Errors anywhere: in the checks over the whole catalog or in the change gate. */
  errors: number;
}

/**
 * The review summary. With a pull request, problems are listed for the files and credentials it
 * touches, and the rest of the catalog is one line of totals plus a folded list.
 */
export function renderReviewSummary(run: CheckRun, codeOwners: CodeOwners, pullRequest?: PullRequest): ReviewSummary {
  const all = uniqueProblems([...run.problems, ...(pullRequest?.gate.problems ?? [])]);
  const inScope = (problem: Problem) => {
    if (!pullRequest) return true;
    const folder = problem.file.match(/^content\/credentials\/([^/]+)\//)?.[1];
    return pullRequest.files.includes(problem.file) || (folder !== undefined && pullRequest.credentialIds.has(folder));
  };
  const scoped = all.filter(inScope);
  const elsewhere = all.filter((problem) => !inScope(problem));
  const { errors } = countBySeverity(all);
  const scopedCount = countBySeverity(scoped);
  const totals = countBySeverity(run.problems);
  const rules = new Set(run.suites.flatMap((result) => result.suite.rules)).size;

  const verdict = errors ? `❌ ${plural(errors, 'error')} to fix` : '✅ all checks passed';
  const lines = [SUMMARY_MARKER, `# Content review: ${verdict}`, ''];
  const catalogLine = `**Whole catalog:** ${plural(run.catalog.credentials.length, 'credential')}, ${run.suites.length} check suites, ${rules} rules: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}.`;
  if (pullRequest) {
    const touched = pullRequest.gate.changes.length ? pullRequest.gate.changes.map((change) => `${change.code} ${change.title}`).join('; ') : 'none';
    lines.push(`**This pull request** (compared with \`${baseLabel(pullRequest)}\`): ${plural(pullRequest.files.length, 'file')} changed; credentials changed: ${touched}.`, '');
  }
  lines.push(catalogLine, '');

  if (pullRequest && pullRequest.files.length) {
    lines.push('## Approval needed from', '', '| Owners | Files |', '| --- | --- |');
    for (const group of approversOf(codeOwners, pullRequest.files)) {
      const shown = group.files.slice(0, 8).map((file) => `\`${file}\``).join(', ');
      lines.push(`| ${group.owners.join(', ') || 'anyone with write access (no CODEOWNERS line matches)'} | ${shown}${group.files.length > 8 ? ` and ${group.files.length - 8} more` : ''} |`);
    }
    lines.push('');
  }

  const scopeWords = pullRequest ? 'in what this pull request touches' : 'in the catalog';
  lines.push(`## Problems ${scopeWords}`, '');
  if (scoped.length) {
    lines.push(`${plural(scopedCount.errors, 'error')}, ${plural(scopedCount.warnings, 'warning')}, each listed once.`, '', ...problemTable(scoped), '');
  } else lines.push('None.', '');
  if (elsewhere.length) {
    const other = countBySeverity(elsewhere);
    lines.push(`<details${other.errors ? ' open' : ''}><summary>Elsewhere in the catalog: ${plural(other.errors, 'error')}, ${plural(other.warnings, 'warning')}</summary>`, '', ...problemTable(elsewhere), '', '</details>', '');
  }

  if (pullRequest) {
    lines.push('## Changes to credentials', '');
    if (pullRequest.gate.changes.length) lines.push(...credentialChanges(pullRequest.gate.changes, '###'));
    else lines.push('No credential changed.', '');
  }

  const coverage = rubricCoverage(run.catalog).filter((row) => !pullRequest || pullRequest.credentialIds.has(row.file.split('/').pop()!));
  if (coverage.length) {
    lines.push('## Rubric coverage', '', '| Credential | Requirements assessed | Artifacts assessed | Criteria mapped |', '| --- | --- | --- | --- |');
    const ratio = ({ assessed, mapped, total }: { assessed?: number; mapped?: number; total: number }) => `${assessed ?? mapped}/${total}`;
    for (const row of coverage) lines.push(`| ${row.code} | ${ratio(row.requirements)} | ${ratio(row.artifacts)} | ${ratio(row.criteria)} |`);
    lines.push('');
  }

  lines.push('## Check suites (whole catalog)', '', '| Suite | Command | Rules | Result |', '| --- | --- | --- | --- |');
  for (const result of run.suites) {
    const counts = countBySeverity(result.problems);
    lines.push(`| ${result.suite.title} | \`${result.suite.command}\` | ${result.suite.rules.length} | ${counts.errors ? `❌ ${plural(counts.errors, 'error')}` : '✅ passed'}${counts.warnings ? `, ${plural(counts.warnings, 'warning')}` : ''} |`);
  }
  lines.push('', 'Each suite\'s full report (and the standards × credentials matrix) is in `reports/`, uploaded with the run as `check-reports`.', '');
  return { markdown: lines.join('\n'), errors };
}

/** The summary cut to fit a pull-request comment, saying where the rest is. */
export function commentBody(markdown: string): string {
  if (markdown.length <= COMMENT_LIMIT) return markdown;
  const cut = markdown.lastIndexOf('\n', COMMENT_LIMIT);
  return `${markdown.slice(0, cut)}\n\n…cut to fit a comment: the full summary is on the run's summary page and in the \`check-reports\` artifact.\n`;
}
