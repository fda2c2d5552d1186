import type { YamlFile } from '../../content/yaml-file.ts';
import { defineRule, type Finding } from './rule.ts';

const fileStem = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.yaml$/, '');

const rule = defineRule({
  id: 'id-matches-file',
  description: 'Each credential id equals its folder name; each framework and stack id equals its file name.',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const mismatch = (yaml: YamlFile<{ id: string }> | undefined, expected: string, where: string): Finding[] =>
      yaml?.data && yaml.data.id !== expected
        ? [
            yaml.problemAt(['id'], `Change the id to "${expected}" so it matches the ${where} name.`, {
              hint: 'ids are permanent: to rename, rename the folder or file too, and only before publication',
            }),
          ]
        : [];
    return [
      ...catalog.credentials.flatMap((folder) => mismatch(folder.credential, folder.id, 'folder')),
      ...catalog.standards.flatMap((yaml) => mismatch(yaml, fileStem(yaml.file), 'file')),
      ...catalog.stacks.flatMap((yaml) => mismatch(yaml, fileStem(yaml.file), 'file')),
    ];
  },
});
export default rule;
