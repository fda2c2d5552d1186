/**
 * The compare page (src/pages/compare.astro): fetches the catalog's credentials as the plan knows
 * them (/plan/credentials.json) and the column of each credential named in the address (`?c=a,b,c`
 * or repeated `c`, /compare/<id>.json), shows the columns in that order, ticks them in the chooser and
 * keeps the chooser to three. Unknown ids are left out and named. Nothing here builds HTML from data:
 * it fills copies of the page's templates with textContent.
 */
import type { CompareColumn } from '../lib/site/compare-data.ts';
import { CARDS_PER_PAGE } from '../lib/site/listing.ts';
import { compareChoices, credentialCount, MAX_COMPARE, parseCompare, type PlanListing } from '../lib/site/plan.ts';
import { fetchJson } from './fetch-json.ts';
import { readPlan } from './plan-store.ts';

const app = document.getElementById('compare-app')!;
const grid = document.getElementById('compare-grid')!;
const status = document.getElementById('compare-status')!;
const form = document.getElementById('compare-form') as HTMLFormElement;
const options = document.getElementById('compare-options')!;
const columnTemplate = document.getElementById('compare-column-template') as HTMLTemplateElement;
const optionTemplate = document.getElementById('compare-option-template') as HTMLTemplateElement;

const copyOf = (template: HTMLTemplateElement) => (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
const listItem = (text: string) => Object.assign(document.createElement('li'), { textContent: text });

function columnFor(data: CompareColumn): HTMLElement {
  const column = copyOf(columnTemplate);
  column.dataset.id = data.id;
  column.setAttribute('aria-labelledby', `compare-${data.id}`);
  column.querySelector('.code')!.textContent = data.code;
  column.querySelector('h2')!.id = `compare-${data.id}`;
  const link = column.querySelector<HTMLAnchorElement>('h2 a')!;
  link.href = data.url;
  link.textContent = data.title;
  for (const fact of ['level', 'pathway', 'hours'] as const) column.querySelector(`[data-fact="${fact}"]`)!.textContent = data[fact];
  column.querySelector('[data-evidence]')!.append(...data.evidence.map(listItem));
  for (const { phase, task } of data.phases) column.querySelector(`[data-phase="${phase}"] p`)!.textContent = task;
  const standards = column.querySelector('.compare-standards') as HTMLElement;
  standards.append(
    ...data.standards.map((standard) => {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href: standard.href, textContent: standard.label }));
      return item;
    }),
  );
  standards.hidden = data.standards.length === 0;
  column.querySelector<HTMLElement>('[data-no-standards]')!.hidden = data.standards.length > 0;
  return column;
}

function optionFor(credential: PlanListing, checked: boolean): HTMLElement {
  const option = copyOf(optionTemplate);
  const box = option.querySelector('input')!;
  box.value = credential.id;
  box.checked = checked;
  option.querySelector('strong')!.textContent = credential.code;
  option.querySelector('strong + span')!.textContent = credential.title;
  return option;
}

async function start(): Promise<void> {
  const { credentials } = await fetchJson<{ credentials: PlanListing[] }>(app.dataset.credentials!);
  const known = new Set(credentials.map((credential) => credential.id));
  const { ids, unknown, tooMany } = parseCompare(location.search, known);
  const columns = await Promise.all(ids.map((id) => fetchJson<CompareColumn>(`${app.dataset.columns}${id}.json`)));
  grid.replaceChildren(...columns.map(columnFor));
  grid.hidden = ids.length === 0;

  const planned = readPlan(known).entries.map((entry) => entry.id);
  const choices = new Set(
    compareChoices(
      credentials.map((credential) => credential.id),
      planned,
      ids,
      CARDS_PER_PAGE,
    ),
  );
  options.replaceChildren(
    ...credentials
      .filter((credential) => choices.has(credential.id))
      .map((credential) => optionFor(credential, ids.includes(credential.id))),
  );
  document.getElementById('compare-more')!.hidden = choices.size === credentials.length;

  const notes: string[] = [];
  if (ids.length === 1) notes.push('Choose one or two more credentials to compare with it.');
  if (tooMany) notes.push(`Only the first ${MAX_COMPARE} credentials are shown side by side.`);
  if (unknown.length > 0)
    notes.push(
      `${credentialCount(unknown.length)} in the link ${unknown.length === 1 ? 'is' : 'are'} not in this catalog: ${unknown.join(', ')}.`,
    );
  status.textContent = notes.join(' ');
}

const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="c"]')];

function limit(): void {
  const ticked = boxes().filter((box) => box.checked).length;
  for (const box of boxes()) box.disabled = !box.checked && ticked >= MAX_COMPARE;
}
form.addEventListener('change', limit);
// One tidy address, `?c=a,b`, rather than the form's `?c=a&c=b`.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const ticked = boxes()
    .filter((box) => box.checked)
    .map((box) => box.value);
  location.assign(ticked.length > 0 ? `${form.action}?c=${ticked.join(',')}` : form.action);
});

start()
  .catch(() => {
    status.textContent = 'The credentials to compare could not be loaded. Check your connection and reload the page.';
  })
  .finally(() => {
    limit();
    app.hidden = false;
  });
