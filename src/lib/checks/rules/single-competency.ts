import { validCredentials, defineRule } from './rule.ts';

/** A statement longer than this is usually several competencies joined together. */
export const MAX_COMPETENCY_WORDS = 60;

const rule = defineRule({
  id: 'single-competency',
  description: 'The competency statement names one skill: a single sentence about the educator, of reasonable length.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) => {
      const text = credential.competency.trim();
      const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
      const words = text.split(/\s+/).length;
      const report = (message: string, hint: string) => [yaml.problemAt(['competency'], message, { hint })];
      if (!/^The educator\b/.test(text))
        return report(
          'Start the competency with "The educator …" so it names what the teacher can do.',
          'for example "The educator designs and facilitates …"',
        );
      if (sentences.length > 1)
        return report(
          `Write the competency as one sentence: it has ${sentences.length}.`,
          'a micro-credential certifies a single skill; move detail to the key method',
        );
      if (words > MAX_COMPETENCY_WORDS)
        return report(
          `Shorten the competency to ${MAX_COMPETENCY_WORDS} words or fewer (it has ${words}).`,
          'long statements usually bundle several skills',
        );
      return [];
    });
  },
});
export default rule;
