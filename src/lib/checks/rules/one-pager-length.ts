import { defineRule } from './rule.ts';

/** The longest one-pager that still prints on one Letter page beside the title and rubric summary. */
export const ONE_PAGE_WORD_LIMIT = 500;

const rule = defineRule({
  id: 'one-pager-length',
  description: `A one-pager fits one printed page: at most ${ONE_PAGE_WORD_LIMIT} words.`,
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    return catalog.credentials.flatMap((folder) => {
      const onePager = folder.onePager;
      if (!onePager || onePager.wordCount <= ONE_PAGE_WORD_LIMIT) return [];
      return [
        {
          file: onePager.file,
          line: 1,
          col: 1,
          field: '',
          message: `Cut the one-pager to ${ONE_PAGE_WORD_LIMIT} words so it prints on one page (it has ${onePager.wordCount}).`,
          hint: 'keep the detail in credential.yaml; the one-pager is the summary',
        },
      ];
    });
  },
});
export default rule;
