import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';
import { validPathway, validProgram } from '../factories.ts';
import { stringify } from 'yaml';

const CREDENTIAL = 'content/credentials/sample-credential/credential.yaml';
const problemsAfter = (change: (files: Record<string, string | Buffer>) => void) => byRule(checkProject(change), 'program-terms');
const editCredential = (change: (data: any) => void) => problemsAfter((files) => editYaml(files, CREDENTIAL, change));

describe('program-terms', () => {
  it('accepts a credential that uses only the terms content/program.yaml lists', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('reports an unknown pathway with the choices, and an unknown alsoServes pathway', () => {
    const problems = editCredential((data) => {
      Object.assign(data, { pathway: 'robotics', alsoServes: ['ghost-pathway'] });
    });
    expect(problems.map((problem) => problem.field)).toEqual(['pathway', 'alsoServes[0]']);
    expect(problems[0]!.message).toBe('Choose a pathway from content/program.yaml: "robotics" is not one.');
    expect(problems[0]!.hint).toBe('pathways: all, pre-engineering');
  });

  it('reports a level the program lacks, and a level the pathway does not offer', () => {
    const missing = editCredential((data) => {
      Object.assign(data, { code: 'STEM-7.1', level: 7 });
    });
    expect(missing).toMatchObject([{ field: 'level', message: 'Choose a level from content/program.yaml: 7 is not one.' }]);
    const wrongPathway = editCredential((data) => {
      Object.assign(data, { code: 'STEM-2.1', level: 2 });
    });
    expect(wrongPathway).toMatchObject([{ field: 'level', hint: 'level 2 belongs to pre-engineering' }]);
  });

  it('reports an evidence type and a format the program does not offer, at the artifact', () => {
    const problems = editCredential((data) => {
      data.requirements[0].artifacts[0].evidenceType = 'hologram';
      data.requirements[0].artifacts[0].formats = ['document', 'vhs-tape'];
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'requirements[0].artifacts[0].evidenceType',
      'requirements[0].artifacts[0].formats[1]',
    ]);
  });

  it('accepts a pathway, level and evidence type that exist only because the program file adds them', () => {
    const problems = problemsAfter((files) => {
      const program = validProgram();
      files['content/program.yaml'] = stringify({
        ...program,
        levels: [...(program.levels as object[]), { level: 4, name: 'Leadership', description: 'Leading colleagues in a pathway.' }],
        pathways: [validPathway(), validPathway({ id: 'cybersecurity', name: 'Cybersecurity', codePrefix: 'CYB', levels: [2, 3, 4] })],
        evidenceTypes: [...(program.evidenceTypes as object[]), { id: 'coaching-log', label: 'Coaching log' }],
      });
      editYaml(files, CREDENTIAL, (data) => {
        Object.assign(data, { pathway: 'cybersecurity', code: 'CYB-4.1', level: 4 });
        data.requirements[0].artifacts[0].evidenceType = 'coaching-log';
      });
    });
    expect(problems).toEqual([]);
  });
});
