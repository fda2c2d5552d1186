/**
 * The plan page (src/pages/plan.astro). Progressive enhancement: the page holds a hidden row for
 * every credential, with its term choice and every warning it could need; this script shows, hides,
 * orders and fills them from the plan saved in this browser, or from a shared link (`?c=…&t=…`). A
 * shared plan is shown read-only until the teacher saves it, so it never silently replaces a
 * different plan of their own. Nothing here builds HTML: it sets `hidden`, values and textContent.
 */
import {
  addToPlan,
  credentialCount,
  formatHourRange,
  MAX_COMPARE,
  moveToTerm,
  orderPlan,
  parsePlan,
  planTotals,
  planWarnings,
  removeFromPlan,
  samePlan,
  serializePlan,
  TERMS,
  type ParsedPlan,
  type PlanCredential,
  type PlanEntry,
} from '../lib/site/plan.ts';
import { onPlanChange, readPlan, writePlan } from './plan-store.ts';

const app = document.getElementById('plan-app')!;
const list = document.getElementById('plan-list')!;
const status = document.getElementById('plan-status')!;
const banner = document.getElementById('shared-banner')!;
const section = document.getElementById('plan-section')!;
const shareInput = document.getElementById('share-link') as HTMLInputElement;
const compareLink = document.getElementById('compare-link') as HTMLAnchorElement;
const browse = document.getElementById('all-credentials');
const teacherName = document.getElementById('teacher-name') as HTMLInputElement;
const planAddress = app.dataset.planAddress ?? '/plan/';

const items = new Map([...list.querySelectorAll<HTMLElement>('.plan-item')].map((item) => [item.dataset.id!, item]));
const ids = (value: string | undefined) => (value ? value.split(',') : []);
const credentials = new Map<string, PlanCredential>(
  [...items].map(([id, item]) => [
    id,
    {
      id,
      code: item.dataset.code!,
      level: Number(item.dataset.level),
      hours: { min: Number(item.dataset.min), max: Number(item.dataset.max) },
      prerequisites: ids(item.dataset.prerequisites),
      recommendedBefore: ids(item.dataset.recommended),
    },
  ]),
);
const known = new Set(credentials.keys());
const termLabel = (id: string) => TERMS.find((term) => term.id === id)?.label ?? '';
const shortTermLabel = (id: string) => TERMS.find((term) => term.id === id)?.short ?? '';

let shared = false;
let entries: PlanEntry[] = [];

/** Says what was left out of a plan that came from storage or a link. */
function explain(parsed: ParsedPlan, source: string): string {
  const parts: string[] = [];
  if (parsed.unknown.length > 0) {
    parts.push(
      `${credentialCount(parsed.unknown.length)} in ${source} ${parsed.unknown.length === 1 ? 'is' : 'are'} not in this catalog and ${parsed.unknown.length === 1 ? 'was' : 'were'} left out: ${parsed.unknown.join(', ')}.`,
    );
  }
  if (parsed.repaired) parts.push(`Parts of ${source} that could not be read were corrected or left out.`);
  return parts.join(' ');
}

function shareUrl(plan: PlanEntry[]): string {
  const query = serializePlan(plan);
  return query ? `${new URL(planAddress, location.href).href}?${query}` : new URL(planAddress, location.href).href;
}

function render(): void {
  const ordered = orderPlan(entries, credentials);
  entries = ordered;
  for (const item of items.values()) item.hidden = true;
  for (const entry of ordered) {
    const item = items.get(entry.id)!;
    item.hidden = false;
    list.append(item);
    item.querySelector<HTMLSelectElement>('[data-term]')!.value = entry.term;
    item.querySelector<HTMLSelectElement>('[data-term]')!.disabled = shared;
    item.querySelector('[data-term-text]')!.textContent = shortTermLabel(entry.term);
    item.querySelector<HTMLElement>('[data-remove]')!.hidden = shared;
    for (const warning of item.querySelectorAll<HTMLElement>('[data-warning]')) warning.hidden = true;
  }
  for (const warning of planWarnings(ordered, credentials)) {
    const element = items.get(warning.id)!.querySelector<HTMLElement>(`[data-warning="${warning.kind}"][data-other="${warning.other}"]`);
    if (element) element.hidden = false;
  }
  for (const button of list.querySelectorAll<HTMLElement>('[data-add]')) button.hidden = shared;

  const { total, byTerm } = planTotals(ordered, credentials);
  for (const term of TERMS) {
    const row = document.querySelector<HTMLElement>(`[data-term-row="${term.id}"]`)!;
    row.querySelector('[data-count]')!.textContent = String(byTerm[term.id].count);
    row.querySelector('[data-hours]')!.textContent = formatHourRange(byTerm[term.id]);
    row.classList.toggle('is-empty', byTerm[term.id].count === 0);
  }
  document.querySelector('[data-total-count]')!.textContent = String(total.count);
  document.querySelector('[data-total-hours]')!.textContent = formatHourRange(total);

  section.hidden = ordered.length === 0;
  document.getElementById('plan-empty')!.hidden = ordered.length > 0 || shared || items.size === 0;
  shareInput.value = shareUrl(ordered);
  document.querySelector('[data-share-text]')!.textContent = shareInput.value;
  banner.hidden = !shared;
  if (browse) browse.hidden = shared;
  updateCompare();
}

function updateCompare(): void {
  const boxes = [...list.querySelectorAll<HTMLInputElement>('.plan-item:not([hidden]) [data-compare]')];
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  for (const box of boxes) box.disabled = !box.checked && ticked.length >= MAX_COMPARE;
  compareLink.href = ticked.length > 0 ? `/compare/?c=${ticked.join(',')}` : '/compare/';
  compareLink.textContent = ticked.length >= 2 ? `Compare the ${ticked.length} ticked credentials` : 'Compare credentials';
}

/** Saves and shows a change the teacher made to their own plan. */
function commit(next: PlanEntry[], message: string): void {
  if (shared) return;
  entries = next;
  const saved = writePlan(orderPlan(next, credentials));
  render();
  status.textContent = saved ? message : 'This browser does not let the site save your plan; the change is lost when you leave the page.';
}

function start(): void {
  const params = new URLSearchParams(location.search);
  const own = readPlan(known);
  if (params.has('c')) {
    const fromLink = parsePlan(params, known);
    const notes = explain(fromLink, 'the shared link');
    if (fromLink.entries.length > 0 && !samePlan(fromLink.entries, own.entries)) {
      shared = true;
      entries = fromLink.entries;
      const replaces = banner.querySelector<HTMLElement>('[data-replaces]')!;
      replaces.hidden = own.entries.length === 0;
      banner.querySelector('[data-own-count]')!.textContent = credentialCount(own.entries.length);
      document.getElementById('keep-own')!.hidden = own.entries.length === 0;
      status.textContent = notes;
      return;
    }
    // The link holds the plan already saved here (or nothing usable): show the teacher's own plan.
    history.replaceState(null, '', location.pathname);
    entries = own.entries;
    status.textContent = [fromLink.entries.length > 0 ? 'This link holds the plan already saved in this browser.' : '', notes]
      .filter(Boolean)
      .join(' ');
    return;
  }
  entries = own.entries;
  status.textContent = explain(own, 'your saved plan');
}

list.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  const id = target.closest<HTMLElement>('.plan-item')?.dataset.id;
  if (!id) return;
  if (target.matches('[data-term]')) {
    const term = (target as HTMLSelectElement).value;
    commit(moveToTerm(entries, id, term), `${credentials.get(id)!.code} moved to ${termLabel(term)}.`);
    (items.get(id)!.querySelector('[data-term]') as HTMLSelectElement).focus();
  } else if (target.matches('[data-compare]')) updateCompare();
});

list.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('button');
  const id = target?.closest<HTMLElement>('.plan-item')?.dataset.id;
  if (!target || !id) return;
  if (target.matches('[data-remove]')) {
    const next = removeFromPlan(entries, id);
    commit(next, `${credentials.get(id)!.code} removed from your plan. It has ${credentialCount(next.length)}.`);
    document.getElementById(next.length > 0 ? 'plan-heading' : 'plan-empty')!.focus();
  } else if (target.dataset.add) {
    const other = target.dataset.add;
    const term = entries.find((entry) => entry.id === id)?.term;
    commit(addToPlan(entries, other, term), `${credentials.get(other)!.code} added to your plan, in ${termLabel(term ?? '')}.`);
    items.get(other)!.querySelector<HTMLSelectElement>('[data-term]')!.focus();
  }
});

document.getElementById('save-shared')!.addEventListener('click', () => {
  shared = false;
  history.replaceState(null, '', location.pathname);
  commit(entries, `Saved. This is now your plan in this browser, with ${credentialCount(entries.length)}.`);
  document.getElementById('plan-heading')!.focus();
});

document.getElementById('print-plan')!.addEventListener('click', () => window.print());

document.getElementById('copy-link')!.addEventListener('click', () => {
  shareInput.select();
  navigator.clipboard
    .writeText(shareInput.value)
    .then(() => (status.textContent = 'Link copied. Paste it into an email or a message.'))
    .catch(() => (status.textContent = 'The link is selected: copy it with your keyboard or the menu.'));
});

teacherName.addEventListener('input', () => {
  const name = teacherName.value.trim();
  document.querySelector('[data-teacher-name]')!.textContent = name;
  document.querySelector<HTMLElement>('[data-teacher-line]')!.hidden = name === '';
});

onPlanChange(() => {
  if (shared) return;
  entries = readPlan(known).entries;
  render();
});

start();
render();
app.hidden = false;
