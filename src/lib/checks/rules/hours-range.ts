import { validCredentials, defineRule } from './rule.ts';

/** Louisiana's pilots took 5 to 10 hours a credential; platform credentials run about 10. */
export const TYPICAL_HOURS = { min: 5, max: 15 } as const;
/** Beyond these the estimate cannot be right for a single micro-credential. */
export const SANE_HOURS = { min: 1, max: 40, spread: 3 } as const;

const rule = defineRule({
  id: 'hours-range',
  description: `Estimated hours are sane (${SANE_HOURS.min}-${SANE_HOURS.max}, upper bound at most ${SANE_HOURS.spread}x the lower); outside ${TYPICAL_HOURS.min}-${TYPICAL_HOURS.max} is flagged for review.`,
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) => {
      const { min, max } = credential.estimatedHours;
      if (min < SANE_HOURS.min || max > SANE_HOURS.max || max > min * SANE_HOURS.spread) {
        return [
          yaml.problemAt(
            ['estimatedHours'],
            `Check the estimate of ${min} to ${max} hours: it is outside what one micro-credential can take.`,
            {
              hint: `between ${SANE_HOURS.min} and ${SANE_HOURS.max} hours, with the upper bound no more than ${SANE_HOURS.spread} times the lower`,
            },
          ),
        ];
      }
      if (min < TYPICAL_HOURS.min || max > TYPICAL_HOURS.max) {
        return [
          yaml.problemAt(
            ['estimatedHours'],
            `Confirm the estimate of ${min} to ${max} hours: Louisiana's credentials typically take ${TYPICAL_HOURS.min} to ${TYPICAL_HOURS.max}.`,
            { severity: 'warning', hint: 'RAND found uptake suffered when the time a credential takes was unclear' },
          ),
        ];
      }
      return [];
    });
  },
});
export default rule;
