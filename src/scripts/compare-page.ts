/**
 * The compare page (src/pages/compare.astro): shows the columns of the credentials named in the
 * address (`?c=a,b,c` or repeated `c`), in that order, ticks them in the chooser and keeps the
 * chooser to three. Unknown ids are left out and named; nothing here builds HTML.
 */
import { credentialCount, MAX_COMPARE, parseCompare } from '../lib/site/plan.ts';

const app = document.getElementById('compare-app')!;
const grid = document.getElementById('compare-grid')!;
const status = document.getElementById('compare-status')!;
const form = document.getElementById('compare-form') as HTMLFormElement;
const columns = new Map([...grid.querySelectorAll<HTMLElement>('[data-id]')].map((column) => [column.dataset.id!, column]));
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="c"]')];

const { ids, unknown, tooMany } = parseCompare(location.search, new Set(columns.keys()));
for (const id of ids) {
  const column = columns.get(id)!;
  column.hidden = false;
  grid.append(column);
}
grid.hidden = ids.length === 0;
for (const box of boxes) box.checked = ids.includes(box.value);

const notes: string[] = [];
if (ids.length === 1) notes.push('Choose one or two more credentials to compare with it.');
if (tooMany) notes.push(`Only the first ${MAX_COMPARE} credentials are shown side by side.`);
if (unknown.length > 0)
  notes.push(
    `${credentialCount(unknown.length)} in the link ${unknown.length === 1 ? 'is' : 'are'} not in this catalog: ${unknown.join(', ')}.`,
  );
status.textContent = notes.join(' ');

function limit(): void {
  const ticked = boxes.filter((box) => box.checked).length;
  for (const box of boxes) box.disabled = !box.checked && ticked >= MAX_COMPARE;
}
form.addEventListener('change', limit);
// One tidy address, `?c=a,b`, rather than the form's `?c=a&c=b`.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  location.assign(ticked.length > 0 ? `${form.action}?c=${ticked.join(',')}` : form.action);
});
limit();
app.hidden = false;
