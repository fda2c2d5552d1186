import type { Problem } from '../problems.ts';
import type { YamlFile } from '../yaml-file.ts';
import type { Rule } from './rule.ts';

const fileStem = (file: string) => file.split('/').pop()!.replace(/\.yaml$/, '');

const rule: Rule = {
  id: 'id-matches-file',
  description: 'Each credential id equals its folder name; each framework and stack id equals its file name.',
  severity: 'error',
  check(catalog) {
    const mismatch = (yaml: YamlFile<{ id: string }> | undefined, expected: string, where: string): Problem[] =>
      yaml?.data && yaml.data.id !== expected
        ? [yaml.problemAt(['id'], `Change the id to "${expected}" so it matches the ${where} name.`, { rule: rule.id, hint: 'ids are permanent: to rename, rename the folder or file too, and only before publication' })]
        : [];
    return [
      ...catalog.credentials.flatMap((folder) => mismatch(folder.credential, folder.id, 'folder')),
      ...catalog.standards.flatMap((yaml) => mismatch(yaml, fileStem(yaml.file), 'file')),
      ...catalog.stacks.flatMap((yaml) => mismatch(yaml, fileStem(yaml.file), 'file')),
    ];
  },
};
export default rule;
