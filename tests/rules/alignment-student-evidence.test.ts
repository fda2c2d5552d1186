import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/alignment-student-evidence.ts';

const ALIGNMENT = 'content/credentials/sample-credential/alignment.yaml';
const addressedBy = (target: string) =>
  runRule(rule, (files) =>
    editYaml(files, ALIGNMENT, (data) => {
      data.alignments[0].addressedBy = target;
    }),
  );

describe('alignment-student-evidence', () => {
  it("passes a student standard addressed by a video of the class and an educator standard addressed by the teacher's reflection", () => {
    expect(runRule(rule)).toEqual([]);
  });

  it.each([
    ["the teacher's lesson plan", 'lesson-plan', "teacher's own evidence"],
    ['a whole phase', 'implement', 'not an artifact'],
    ['a rubric criterion', 'classroom-video-quality', 'not an artifact'],
  ])('reports a student standard addressed by %s, naming the student evidence it could use', (_name, target, reason) => {
    const problems = addressedBy(target);
    expect(problems).toMatchObject([
      { rule: 'alignment-student-evidence', severity: 'error', file: ALIGNMENT, field: 'alignments[0].addressedBy' },
    ]);
    expect(problems[0]!.message).toContain(reason);
    expect(problems[0]!.hint).toBe('student evidence here: classroom-video');
  });
});
