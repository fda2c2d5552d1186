/** "My plan": reading untrusted plans, the order to earn credentials in, hours per term and what is missing. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../src/lib/checks/check.ts';
import {
  addToPlan,
  DEFAULT_TERM,
  formatHourRange,
  MAX_COMPARE,
  MAX_PLAN_SIZE,
  moveToTerm,
  orderPlan,
  parseCompare,
  parsePlan,
  planTotals,
  planWarnings,
  removeFromPlan,
  samePlan,
  serializePlan,
  TERMS,
  type PlanCredential,
  type PlanEntry,
} from '../src/lib/site/plan.ts';

const make = (id: string, level: number, code: string, extra: Partial<PlanCredential> = {}): PlanCredential => ({
  id,
  code,
  level,
  hours: { min: 8, max: 12 },
  prerequisites: [],
  recommendedBefore: [],
  ...extra,
});
const catalog = new Map(
  [
    make('pbl', 1, 'STEM-1.1', { hours: { min: 10, max: 10 } }),
    make('reading', 1, 'STEM-1.2'),
    make('safety', 2, 'PE-2.1'),
    make('design', 2, 'PE-2.2', { recommendedBefore: ['safety'] }),
    make('robots', 3, 'PE-3.1', { prerequisites: ['design'], recommendedBefore: ['safety'], hours: { min: 12, max: 15 } }),
  ].map((credential) => [credential.id, credential]),
);
const known = new Set(catalog.keys());
const ids = (entries: PlanEntry[]) => entries.map((entry) => entry.id);
const inFall = (...list: string[]) => list.map((id) => ({ id, term: 'fall' as const }));

describe('parsePlan() and serializePlan()', () => {
  it('reads back exactly the plan it wrote', () => {
    const plan: PlanEntry[] = [
      { id: 'robots', term: 'spring' },
      { id: 'pbl', term: 'summer-before' },
    ];
    expect(parsePlan(serializePlan(plan), known)).toEqual({ entries: plan, unknown: [], repaired: false });
  });

  it('writes nothing for an empty plan, and reads nothing from an empty query', () => {
    expect(serializePlan([])).toBe('');
    expect(parsePlan('', known)).toEqual({ entries: [], unknown: [], repaired: false });
  });

  it('leaves out ids the catalog does not know and names them once', () => {
    const parsed = parsePlan('c=pbl,retired-one,retired-one,design&t=fall,fall,fall,spring', known);
    expect(parsed.entries).toEqual([
      { id: 'pbl', term: 'fall' },
      { id: 'design', term: 'spring' },
    ]);
    expect(parsed.unknown).toEqual(['retired-one']);
  });

  it('drops repeats, keeping the first place and term, and says the plan was repaired', () => {
    const parsed = parsePlan('c=pbl,design,pbl&t=spring,fall,summer-after', known);
    expect(parsed.entries).toEqual([
      { id: 'pbl', term: 'spring' },
      { id: 'design', term: 'fall' },
    ]);
    expect(parsed.repaired).toBe(true);
  });

  it('puts a credential with a missing or tampered term in the default term', () => {
    const parsed = parsePlan('c=pbl,design,safety&t=winter,<b>', known);
    expect(parsed.entries.map((entry) => entry.term)).toEqual([DEFAULT_TERM, DEFAULT_TERM, DEFAULT_TERM]);
    expect(parsed.repaired).toBe(true);
  });

  it('does not repeat markup or junk back as an unknown id', () => {
    const parsed = parsePlan('c=<img src=x>,pbl,' + 'x'.repeat(200), known);
    expect(parsed.unknown).toEqual([]);
    expect(ids(parsed.entries)).toEqual(['pbl']);
  });

  it('accepts repeated parameters and spaces, as a hand-edited link may have', () => {
    expect(ids(parsePlan('c=pbl&c= design ,&t=fall&t=spring', known).entries)).toEqual(['pbl', 'design']);
  });

  it('holds at most MAX_PLAN_SIZE credentials', () => {
    const many = new Set(Array.from({ length: MAX_PLAN_SIZE + 5 }, (_, index) => `c${index}`));
    expect(parsePlan(`c=${[...many].join(',')}`, many).entries).toHaveLength(MAX_PLAN_SIZE);
  });
});

describe('editing a plan', () => {
  it('adds a credential once, in the default term, and removes it', () => {
    const once = addToPlan([], 'pbl');
    expect(addToPlan(once, 'pbl')).toBe(once);
    expect(once).toEqual([{ id: 'pbl', term: DEFAULT_TERM }]);
    expect(removeFromPlan(once, 'pbl')).toEqual([]);
  });

  it('moves a credential to a real term and ignores a made-up one', () => {
    const plan = inFall('pbl');
    expect(moveToTerm(plan, 'pbl', 'spring')).toEqual([{ id: 'pbl', term: 'spring' }]);
    expect(moveToTerm(plan, 'pbl', 'winter')).toBe(plan);
  });

  it('treats plans with the same credentials and terms as the same, in any order', () => {
    expect(samePlan(inFall('pbl', 'design'), inFall('design', 'pbl'))).toBe(true);
    expect(samePlan(inFall('pbl'), [{ id: 'pbl', term: 'spring' }])).toBe(false);
    expect(samePlan(inFall('pbl'), inFall('pbl', 'design'))).toBe(false);
  });
});

describe('orderPlan()', () => {
  it('puts prerequisites and recommended credentials first within a term, then level and code', () => {
    expect(ids(orderPlan(inFall('robots', 'reading', 'design', 'safety', 'pbl'), catalog))).toEqual([
      'pbl',
      'reading',
      'safety',
      'design',
      'robots',
    ]);
  });

  it('orders terms through the school year and never moves a credential to another term', () => {
    const plan: PlanEntry[] = [
      { id: 'pbl', term: 'summer-after' },
      { id: 'robots', term: 'summer-before' },
      { id: 'design', term: 'spring' },
    ];
    expect(orderPlan(plan, catalog)).toEqual([plan[1], plan[2], plan[0]]);
  });

  it('still places every credential when content makes a circle', () => {
    const circle = new Map([
      ['a', make('a', 2, 'PE-2.1', { prerequisites: ['b'] })],
      ['b', make('b', 2, 'PE-2.2', { prerequisites: ['a'] })],
    ]);
    expect(ids(orderPlan(inFall('b', 'a'), circle))).toEqual(['a', 'b']);
  });
});

describe('planWarnings()', () => {
  it('warns about a missing prerequisite and, more softly, a missing recommended credential', () => {
    expect(planWarnings(inFall('robots'), catalog)).toEqual([
      { kind: 'missing-prerequisite', id: 'robots', other: 'design' },
      { kind: 'missing-recommended', id: 'robots', other: 'safety' },
    ]);
  });

  it('warns when a prerequisite is planned for a later term', () => {
    const plan: PlanEntry[] = [
      { id: 'robots', term: 'fall' },
      { id: 'design', term: 'spring' },
      { id: 'safety', term: 'summer-before' },
    ];
    expect(planWarnings(plan, catalog)).toEqual([{ kind: 'prerequisite-later', id: 'robots', other: 'design' }]);
  });

  it('has nothing to say about a complete plan in a sensible order', () => {
    expect(planWarnings(inFall('safety', 'design', 'robots'), catalog)).toEqual([]);
  });
});

describe('planTotals() and formatHourRange()', () => {
  it('adds up the hours of the plan and of each term', () => {
    const { total, byTerm } = planTotals(
      [
        { id: 'pbl', term: 'fall' },
        { id: 'robots', term: 'fall' },
        { id: 'design', term: 'spring' },
      ],
      catalog,
    );
    expect(total).toEqual({ count: 3, min: 30, max: 37 });
    expect(byTerm.fall).toEqual({ count: 2, min: 22, max: 25 });
    expect(byTerm.spring).toEqual({ count: 1, min: 8, max: 12 });
    expect(Object.keys(byTerm)).toEqual(TERMS.map((term) => term.id));
  });

  it('writes hours the way the catalog does', () => {
    expect(formatHourRange({ min: 10, max: 10 })).toBe('10 hours');
    expect(formatHourRange({ min: 8, max: 12 })).toBe('8–12 hours');
    expect(formatHourRange({ min: 0, max: 0 })).toBe('no hours yet');
  });
});

describe('parseCompare()', () => {
  it('keeps known ids once and at most MAX_COMPARE of them', () => {
    const parsed = parseCompare('c=pbl,ghost,pbl,design,safety,robots', known);
    expect(parsed.ids).toEqual(['pbl', 'design', 'safety', 'robots'].slice(0, MAX_COMPARE));
    expect(parsed.unknown).toEqual(['ghost']);
    expect(parsed.tooMany).toBe(true);
  });
});

describe('the real catalog', () => {
  const { catalog: content } = checkContent(join(import.meta.dirname, '..'));
  const real = new Map(
    content.credentials.flatMap((folder) => {
      const credential = folder.credential?.data;
      return credential ? [[credential.id, { ...credential, hours: credential.estimatedHours } satisfies PlanCredential] as const] : [];
    }),
  );

  it('orders the whole catalog so that every prerequisite and recommended credential comes first', () => {
    const ordered = ids(orderPlan(inFall(...real.keys()), real));
    for (const [id, credential] of real) {
      for (const other of [...credential.prerequisites, ...credential.recommendedBefore].filter((candidate) => real.has(candidate))) {
        expect(ordered.indexOf(other), `${other} before ${id}`).toBeLessThan(ordered.indexOf(id));
      }
    }
    expect(planWarnings(inFall(...real.keys()), real)).toEqual([]);
  });
});
