/**
 * The portfolio checklist on a credential page. Progressive enhancement: the checkboxes are
 * server-rendered and work without this script (they are just not kept). Here they are saved in
 * localStorage under the credential's id and version, so a new version starts fresh; progress per
 * ADDIE phase and in total is shown and announced politely; "Clear my checks" empties the list.
 * It never builds HTML: it only sets text, `hidden` and `checked` on the page's own elements.
 */
import { checklistKey, parseSaved, progressText, versionOfKey } from '../lib/site/checklist.ts';

// A module, so these names do not collide with the DOM's globals.
export {};

/** localStorage, or nothing when the browser refuses it (private modes, blocked storage). */
function openStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    const probe = checklistKey('storage-probe', '0');
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function enhance(section: HTMLElement): void {
  const id = section.dataset.credential!;
  const version = section.dataset.version!;
  const key = checklistKey(id, version);
  const boxes = [...section.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const tools = section.querySelector<HTMLElement>('[data-checklist-tools]')!;
  const total = section.querySelector<HTMLElement>('[data-checklist-total]')!;
  const status = section.querySelector<HTMLElement>('[data-checklist-status]')!;
  const clear = section.querySelector<HTMLButtonElement>('[data-checklist-clear]')!;
  const progress = [...section.querySelectorAll<HTMLElement>('[data-progress-for]')];
  const storage = openStorage();

  const saved = new Set(parseSaved(storage?.getItem(key) ?? null));
  for (const box of boxes) box.checked = saved.has(box.value);

  const phaseText = (phase: string) => {
    const inPhase = boxes.filter((box) => box.dataset.phase === phase);
    return progressText(inPhase.filter((box) => box.checked).length, inPhase.length);
  };
  const render = () => {
    for (const element of progress) element.textContent = phaseText(element.dataset.progressFor!);
    total.textContent = progressText(boxes.filter((box) => box.checked).length, boxes.length);
  };
  const save = () => {
    if (!storage) return;
    const checked = boxes.filter((box) => box.checked).map((box) => box.value);
    try {
      if (checked.length) storage.setItem(key, JSON.stringify(checked));
      else storage.removeItem(key);
    } catch {
      // Storage full or revoked meanwhile: the boxes still work for this visit.
    }
  };

  // Checks saved for another version of this credential belong to different requirements.
  const older = storage
    ? Object.keys(storage)
        .map((candidate) => versionOfKey(candidate, id))
        .filter((candidate): candidate is string => candidate !== undefined && candidate !== version)
        .filter((candidate) => parseSaved(storage.getItem(checklistKey(id, candidate))).length > 0)
    : [];
  if (older.length) {
    const note = section.querySelector<HTMLElement>('[data-checklist-old]')!;
    note.textContent = `You saved checks for version ${older.join(', ')} of this credential. This is version ${version}, so its checklist starts empty: check each item again against the current requirements.`;
    note.hidden = false;
  }
  if (!storage) section.querySelector<HTMLElement>('[data-checklist-unsaved]')!.hidden = false;

  section.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !boxes.includes(box)) return;
    save();
    render();
    const phase = box.closest('.phase')?.querySelector('h3')?.textContent ?? '';
    status.textContent = `${phase}: ${phaseText(box.dataset.phase!)}.`;
  });
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    if (storage) for (const old of [version, ...older]) storage.removeItem(checklistKey(id, old));
    save();
    render();
    status.textContent = 'All checks cleared.';
  });

  render();
  for (const element of progress) element.hidden = false;
  tools.hidden = false;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-checklist]')) enhance(section);
