import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

const edit = (change: (requirements: any[]) => void) =>
  byRule(
    checkProject((files) => editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => change(data.requirements))),
    'addie-phases',
  );

describe('addie-phases', () => {
  it('accepts the five phases in order', () => {
    expect(edit(() => {})).toEqual([]);
  });

  it('reports a missing phase by name', () => {
    const [problem] = edit((requirements) => requirements.splice(2, 1));
    expect(problem).toMatchObject({ field: 'requirements', file: 'content/credentials/sample-credential/credential.yaml' });
    expect(problem!.message).toContain('develop');
  });

  it('reports phases out of order at the first misplaced one', () => {
    const problems = edit((requirements) => requirements.reverse());
    expect(problems).toMatchObject([{ field: 'requirements[0].phase' }]);
  });

  it('reports a repeated phase', () => {
    const problems = edit((requirements) => {
      requirements[1].phase = 'analyze';
    });
    expect(problems.map((problem) => problem.field)).toContain('requirements[1].phase');
  });
});
