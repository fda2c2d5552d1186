/**
 * The plan page (src/pages/plan.astro). Progressive enhancement: the page holds templates, not a row
 * per credential. When there is a plan to show (saved in this browser, or from a shared link
 * `?c=…&t=…`), this script fetches /plan/credentials.json, the catalog's credentials as the plan
 * needs them, and fills a copy of the row template for each planned credential and of a warning
 * template for each warning. A shared plan is shown read-only until the teacher saves it, so it never
 * silently replaces a different plan of their own. Nothing here builds HTML from data: it copies the
 * templates and sets `hidden`, values and textContent.
 */
import {
  addToPlan,
  credentialCount,
  formatHourRange,
  looksLikeId,
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
  type PlanEntry,
  type PlanListing,
  type PlanWarning,
} from '../lib/site/plan.ts';
import { fetchJson } from './fetch-json.ts';
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
const itemTemplate = document.getElementById('plan-item-template') as HTMLTemplateElement;
const warningTemplates = document.getElementById('plan-warning-templates') as HTMLTemplateElement;
const planAddress = app.dataset.planAddress!;
const compareAddress = app.dataset.compareAddress!;
const catalogIsEmpty = app.dataset.total === '0';

const termLabel = (id: string) => TERMS.find((term) => term.id === id)?.label ?? '';
const shortTermLabel = (id: string) => TERMS.find((term) => term.id === id)?.short ?? '';

/** The catalog's credentials, fetched the first time a plan needs them. */
let catalog: Map<string, PlanListing> | undefined;
let catalogLoad: Promise<Map<string, PlanListing>> | undefined;
function loadCatalog(): Promise<Map<string, PlanListing>> {
  catalogLoad ??= fetchJson<{ credentials: PlanListing[] }>(app.dataset.credentials!).then(
    ({ credentials }) => (catalog = new Map(credentials.map((credential) => [credential.id, credential]))),
  );
  return catalogLoad;
}
/** Ids a plan may hold: the catalog's once it is loaded; before that, anything that looks like an id. */
const known = (id: string) => (catalog ? catalog.has(id) : looksLikeId(id));

let shared = false;
let entries: PlanEntry[] = [];
/** The row of each credential planned so far on this page, made the first time it is needed. */
const items = new Map<string, HTMLElement>();

const setText = (root: ParentNode, selector: string, text: string) => {
  for (const element of root.querySelectorAll(selector)) element.textContent = text;
};

function itemFor(credential: PlanListing): HTMLElement {
  let item = items.get(credential.id);
  if (item) return item;
  item = (itemTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  item.dataset.id = credential.id;
  setText(item, '.code', credential.code);
  const title = item.querySelector<HTMLAnchorElement>('.plan-item-title')!;
  title.href = credential.url;
  title.textContent = credential.title;
  setText(item, '[data-facts]', `Level ${credential.level} · ${formatHourRange(credential.hours)}`);
  item.querySelector('[data-term]')!.setAttribute('aria-label', `When to earn ${credential.code} ${credential.title}`);
  (item.querySelector('[data-compare]') as HTMLInputElement).value = credential.id;
  setText(item, '[data-remove] .visually-hidden', ` ${credential.code} ${credential.title} from my plan`);
  items.set(credential.id, item);
  return item;
}

function warningFor(warning: PlanWarning, credentials: Map<string, PlanListing>): HTMLElement {
  const template = warningTemplates.content.querySelector(`[data-warning="${warning.kind}"]`)!;
  const element = template.cloneNode(true) as HTMLElement;
  const own = credentials.get(warning.id)!;
  const other = credentials.get(warning.other)!;
  element.dataset.other = other.id;
  setText(element, '[data-other-name]', `${other.code} ${other.title}`);
  setText(element, '[data-other-code]', other.code);
  setText(element, '[data-own-code]', own.code);
  const add = element.querySelector<HTMLElement>('[data-add]');
  if (add) {
    add.dataset.add = other.id;
    add.hidden = shared;
  }
  return element;
}

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
  const credentials = catalog ?? new Map<string, PlanListing>();
  const ordered = orderPlan(entries, credentials);
  entries = ordered;
  const rows = ordered.map((entry) => {
    const item = itemFor(credentials.get(entry.id)!);
    const term = item.querySelector<HTMLSelectElement>('[data-term]')!;
    term.value = entry.term;
    term.disabled = shared;
    setText(item, '[data-term-text]', shortTermLabel(entry.term));
    item.querySelector<HTMLElement>('[data-remove]')!.hidden = shared;
    item.querySelector('.plan-warnings')!.replaceChildren();
    return item;
  });
  // Rows already in place stay put, so the control a teacher is using keeps the focus.
  if (rows.length !== list.children.length || rows.some((row, index) => list.children[index] !== row)) list.replaceChildren(...rows);
  for (const warning of planWarnings(ordered, credentials))
    items.get(warning.id)!.querySelector('.plan-warnings')!.append(warningFor(warning, credentials));

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
  document.getElementById('plan-empty')!.hidden = ordered.length > 0 || shared || catalogIsEmpty;
  shareInput.value = shareUrl(ordered);
  document.querySelector('[data-share-text]')!.textContent = shareInput.value;
  banner.hidden = !shared;
  if (browse) browse.hidden = shared;
  updateCompare();
}

function updateCompare(): void {
  const boxes = [...list.querySelectorAll<HTMLInputElement>('[data-compare]')];
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  for (const box of boxes) box.disabled = !box.checked && ticked.length >= MAX_COMPARE;
  compareLink.href = ticked.length > 0 ? `${compareAddress}?c=${ticked.join(',')}` : compareAddress;
  compareLink.textContent = ticked.length >= 2 ? `Compare the ${ticked.length} ticked credentials` : 'Compare credentials';
}

/** Saves and shows a change the teacher made to their own plan. */
function commit(next: PlanEntry[], message: string): void {
  if (shared) return;
  entries = next;
  const saved = writePlan(orderPlan(next, catalog!));
  render();
  status.textContent = saved ? message : 'This browser does not let the site save your plan; the change is lost when you leave the page.';
}

/** Reads the plan to show, from the shared link or this browser, loading the catalog when there is one. */
async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // Without a link or a saved plan there is nothing to look up, and nothing is fetched.
  if (!params.has('c') && readPlan().entries.length === 0) return;
  document.getElementById('plan-empty')!.hidden = true;
  status.textContent = 'Loading the plan…';
  await loadCatalog();
  status.textContent = '';
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
    commit(moveToTerm(entries, id, term), `${catalog!.get(id)!.code} moved to ${termLabel(term)}.`);
    (items.get(id)!.querySelector('[data-term]') as HTMLSelectElement).focus();
  } else if (target.matches('[data-compare]')) updateCompare();
});

list.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('button');
  const id = target?.closest<HTMLElement>('.plan-item')?.dataset.id;
  if (!target || !id) return;
  if (target.matches('[data-remove]')) {
    const next = removeFromPlan(entries, id);
    commit(next, `${catalog!.get(id)!.code} removed from your plan. It has ${credentialCount(next.length)}.`);
    document.getElementById(next.length > 0 ? 'plan-heading' : 'plan-empty')!.focus();
  } else if (target.dataset.add) {
    const other = target.dataset.add;
    const term = entries.find((entry) => entry.id === id)?.term;
    commit(addToPlan(entries, other, term), `${catalog!.get(other)!.code} added to your plan, in ${termLabel(term ?? '')}.`);
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
  // A plan added in another tab (or by the buttons below) may be the first this page has to show.
  void loadCatalog()
    .then(() => {
      const stored = readPlan(known).entries;
      // This page's own changes are already shown.
      if (samePlan(stored, entries)) return;
      entries = stored;
      render();
    })
    .catch(() => undefined);
});

start()
  .catch(() => {
    entries = [];
    status.textContent = 'Your plan could not be shown: the list of credentials did not load. Check your connection and reload the page.';
  })
  .finally(() => {
    render();
    app.hidden = false;
  });
