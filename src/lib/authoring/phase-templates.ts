/**
 * What `npm run new` asks for in each ADDIE phase of a draft, and the one artifact it proposes there:
 * the skeleton the four draft files are written around.
 */
import type { AddiePhase } from '../../../schemas/index.ts';

/** What the author is asked for in each ADDIE phase, and the one artifact the skeleton proposes. */
export interface PhaseTemplate {
  /** What the phase is for, as a comment above it. */
  purpose: string;
  task: string;
  artifactId: string;
  /** The artifact as a noun, for instructions: "the design plan". */
  noun: string;
  evidenceType: string;
  formats: string[];
  /** The one-line entry of the one-pager's numbered submit list. */
  submitLine: string;
}

export const PHASES: Record<AddiePhase, PhaseTemplate> = {
  analyze: {
    purpose: 'Analyze: the teacher studies their starting point before planning anything.',
    task: "Describe, in one or two sentences written to the teacher, what they examine before planning (a unit they teach, their students' work or the course standards) and what they look for in it.",
    artifactId: 'analysis',
    noun: 'analysis',
    evidenceType: 'written-analysis',
    formats: ['document', 'slides'],
    submitLine: 'describe, in one line, the analysis the teacher writes and what it covers.',
  },
  design: {
    purpose: 'Design: the teacher plans the lesson or unit that uses the key method.',
    task: 'Describe, in one or two sentences written to the teacher, what they plan in this phase and which parts of the key method the plan must show.',
    artifactId: 'design-plan',
    noun: 'design plan',
    evidenceType: 'lesson-materials',
    formats: ['document', 'slides'],
    submitLine: 'describe, in one line, the plan the teacher submits and what it must show.',
  },
  develop: {
    purpose: 'Develop: the teacher builds the materials students will use.',
    task: 'Describe, in one or two sentences written to the teacher, the materials they build for students in this phase, such as handouts, models, starter files or an assessment.',
    artifactId: 'developed-materials',
    noun: 'developed materials',
    evidenceType: 'lesson-materials',
    formats: ['document', 'slides', 'image'],
    submitLine: 'describe, in one line, the materials the teacher builds for students.',
  },
  implement: {
    purpose: 'Implement: the teacher teaches real students. This phase must ask for student work, student data or video of instruction.',
    task: 'Describe, in one or two sentences written to the teacher, how they teach the lesson or unit with their own students and which moments the evidence must capture.',
    artifactId: 'classroom-evidence',
    noun: 'classroom evidence',
    evidenceType: 'student-work',
    formats: ['document', 'image', 'video', 'web-link'],
    submitLine: 'describe, in one line, the student work or classroom video the teacher uploads.',
  },
  evaluate: {
    purpose: 'Evaluate: the teacher judges how well it worked. This phase must ask for a reflection.',
    task: "Describe, in one or two sentences written to the teacher, how they judge what worked, using their students' work as evidence, and what they decide to change next time.",
    artifactId: 'evaluation-reflection',
    noun: 'reflection',
    evidenceType: 'reflection',
    formats: ['document', 'video'],
    submitLine: 'describe, in one line, the reflection the teacher writes and the evidence it cites.',
  },
};

export const criterionId = (phase: AddiePhase) => `${PHASES[phase].artifactId}-quality`;
