/** How many credentials the teacher's plan holds, after "My plan" in the site navigation. */
import { onPlanChange, readPlan } from './plan-store.ts';

const badge = document.querySelector<HTMLElement>('[data-plan-count]');
function refresh(): void {
  if (!badge) return;
  const count = readPlan().entries.length;
  // Read as part of the link: "My plan (3)".
  badge.textContent = count > 0 ? ` (${count})` : '';
  badge.hidden = count === 0;
}
refresh();
onPlanChange(refresh);
