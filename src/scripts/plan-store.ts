/**
 * The teacher's plan in this browser's localStorage, shared by the scripts that read or change it.
 * It is stored as the same query string a shared link carries and always read back through
 * `parsePlan`, so a tampered or outdated copy cannot put anything odd on the page. Every change is
 * announced with a `plan-change` event on the document, and changes made in another tab arrive
 * through the `storage` event, so every button and count on the page stays in step.
 */
import { looksLikeId, parsePlan, serializePlan, type KnownIds, type ParsedPlan, type PlanEntry } from '../lib/site/plan.ts';

const KEY = 'ldoe-stem-plan';
const EVENT = 'plan-change';

/** The stored query string; empty when nothing is stored or storage is blocked. */
export function readStoredQuery(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** The stored plan. Without the catalog at hand, any id that looks like one is kept, so nothing is lost. */
export const readPlan = (known: KnownIds = looksLikeId): ParsedPlan => parsePlan(readStoredQuery(), known);

/** Saves the plan (an empty plan removes the stored copy); false when the browser refuses storage. */
export function writePlan(entries: PlanEntry[]): boolean {
  let saved = true;
  try {
    const query = serializePlan(entries);
    if (query) localStorage.setItem(KEY, query);
    else localStorage.removeItem(KEY);
  } catch {
    saved = false;
  }
  document.dispatchEvent(new CustomEvent(EVENT));
  return saved;
}

/** Calls back whenever the plan changes, on this page or in another tab. */
export function onPlanChange(callback: () => void): void {
  document.addEventListener(EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) callback();
  });
}
