/**
 * "Add to my plan" buttons (src/components/AddToPlan.astro), wherever they are on a page. They are
 * hidden in the HTML, since they can do nothing without JavaScript; this script shows them, keeps
 * each label in step with the stored plan and confirms every change in the button's status region.
 * It also keeps the count after "My plan" in the site navigation, so pages without plan buttons
 * need no JavaScript at all.
 */
import { addToPlan, credentialCount, removeFromPlan } from '../lib/site/plan.ts';
import { onPlanChange, readPlan, writePlan } from './plan-store.ts';

interface Control {
  root: HTMLElement;
  id: string;
  code: string;
  button: HTMLButtonElement;
  label: HTMLElement;
  status: HTMLElement;
}

const controls: Control[] = [];
const enhanced = new WeakSet<HTMLElement>();

const navCount = document.querySelector<HTMLElement>('[data-plan-count]');

function refresh(): void {
  const ids = new Set(readPlan().entries.map((entry) => entry.id));
  if (navCount) {
    // Read as part of the link: "My plan (3)".
    navCount.textContent = ids.size > 0 ? ` (${ids.size})` : '';
    navCount.hidden = ids.size === 0;
  }
  for (const control of controls) {
    const inPlan = ids.has(control.id);
    control.label.textContent = inPlan ? 'Remove from my plan' : 'Add to my plan';
    control.button.classList.toggle('secondary', !inPlan);
    control.root.classList.toggle('in-plan', inPlan);
  }
}

/**
 * Brings to life every "Add to my plan" control under `root` not yet enhanced: the page's own at
 * load, and those of cards a script adds later (the catalog renders the cards of search results).
 */
export function enhancePlanToggles(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-plan-toggle]')) {
    if (enhanced.has(element)) continue;
    enhanced.add(element);
    const control: Control = {
      root: element,
      id: element.dataset.planToggle!,
      code: element.dataset.planCode ?? '',
      button: element.querySelector('button')!,
      label: element.querySelector<HTMLElement>('[data-plan-label]')!,
      status: element.querySelector<HTMLElement>('[data-plan-status]')!,
    };
    control.button.addEventListener('click', () => {
      const { entries } = readPlan();
      const inPlan = entries.some((entry) => entry.id === control.id);
      const next = inPlan ? removeFromPlan(entries, control.id) : addToPlan(entries, control.id);
      const saved = writePlan(next);
      for (const other of controls) other.status.textContent = '';
      control.status.textContent = !saved
        ? 'This browser does not let the site save your plan, so it was not changed.'
        : `${control.code} ${inPlan ? 'removed from' : 'added to'} your plan. Your plan has ${credentialCount(next.length)}.`;
    });
    control.root.hidden = false;
    controls.push(control);
  }
  refresh();
}

enhancePlanToggles(document);
onPlanChange(refresh);
