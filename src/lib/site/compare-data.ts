/**
 * What the compare page shows of one credential, side by side with others: its facts, the evidence
 * it asks for, the task of each ADDIE phase and the standards it addresses. Each credential's column
 * is a small JSON file (/compare/<id>.json) that the page fetches only for the credentials compared,
 * so the page itself does not grow with the catalog.
 */
import { ADDIE_PHASES } from '../../../schemas/credential.ts';
import type { Program, StandardsFramework } from '../../../schemas/index.ts';
import { programLabels } from '../content/program.ts';
import { credentialPath } from './card-data.ts';
import { evidenceTypes, formatHours, pathwayLabel, PHASE_LABELS, standardLabels, type CredentialBundle } from './site-model.ts';

/** What a phase of a credential that asks nothing in it says in its row. */
export const NOTHING_ASKED = 'Nothing asked in this phase.';

export interface CompareColumn {
  id: string;
  url: string;
  code: string;
  title: string;
  level: string;
  pathway: string;
  hours: string;
  /** The evidence types it asks for, by their program labels. */
  evidence: string[];
  /** Every ADDIE phase in order, with its task or NOTHING_ASKED. */
  phases: Array<{ phase: string; label: string; task: string }>;
  /** Each standard addressed once, as `NGSS HS-ETS1-2`, with its place on the site's standards pages. */
  standards: Array<{ label: string; href: string }>;
}

export function compareColumn(bundle: CredentialBundle, program: Program, frameworks: StandardsFramework[]): CompareColumn {
  const { credential } = bundle;
  const labels = programLabels(program);
  return {
    id: credential.id,
    url: credentialPath(credential.id),
    code: credential.code,
    title: credential.title,
    level: `Level ${credential.level}`,
    pathway: pathwayLabel(credential, program),
    hours: formatHours(credential),
    evidence: evidenceTypes(credential).map(labels.evidence),
    phases: ADDIE_PHASES.map((phase) => ({
      phase,
      label: PHASE_LABELS[phase]!,
      task: credential.requirements.find((requirement) => requirement.phase === phase)?.task ?? NOTHING_ASKED,
    })),
    standards: standardLabels(bundle.alignment, frameworks).map((standard) => ({
      label: `${standard.shortName} ${standard.code}`,
      href: standard.href,
    })),
  };
}
