/**
 * The hours a credential's portfolio takes, computed from the artifacts it asks for under the
 * program's hours rule (content/program.yaml `hoursRule`): each artifact's evidence-type hours, plus
 * writing time for the longest word count its description states. Class time is not counted.
 */
import type { Credential, Program } from '../../../schemas/index.ts';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The largest word count an artifact description states ("500 to 800 words", "up to 300 words"), or 0. */
export function statedWords(description: string): number {
  const counts = [...description.matchAll(/(\d[\d,]*)\s*words?\b/gi)].map((match) => Number(match[1]!.replace(/,/g, '')));
  // "one page" of writing is about five hundred words.
  const pages = [...description.matchAll(/\b(\d+|one|two|three|four|five)[- ]pages?\b/gi)].map(
    (match) => (NUMBER_WORDS[match[1]!.toLowerCase()] ?? Number(match[1])) * 500,
  );
  return Math.max(0, ...counts, ...pages);
}

export interface HoursEstimate {
  /** Computed hours, to one decimal. */
  hours: number;
  /** The range estimatedHours may take under the rule's tolerance, in whole hours. */
  allowed: { min: number; max: number };
  artifacts: number;
}

/** Computed hours for a credential, or undefined when the program states no hours rule. */
export function estimateHours(credential: Credential, program: Program): HoursEstimate | undefined {
  const rule = program.hoursRule;
  if (!rule) return undefined;
  const perType = new Map(program.evidenceTypes.map((type) => [type.id, type.hours ?? 0]));
  const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts);
  const total = artifacts.reduce(
    (sum, artifact) => sum + (perType.get(artifact.evidenceType) ?? 0) + statedWords(artifact.description) / rule.wordsPerHour,
    0,
  );
  const hours = Math.round(total * 10) / 10;
  return {
    hours,
    allowed: { min: Math.floor(hours * (1 - rule.tolerance)), max: Math.ceil(hours * (1 + rule.tolerance)) },
    artifacts: artifacts.length,
  };
}
