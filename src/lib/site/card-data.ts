/**
 * What a catalog card shows, defined once: CredentialCard.astro renders a card from it at build time,
 * and /catalog/cards.json carries the same fields so the catalog's search script can render the card
 * of any result in the browser, with the same markup, without the page holding every card. Likewise
 * what the plan and compare pages load about the credentials they show.
 */
import type { Credential, Program } from '../../../schemas/index.ts';
import { programLabels } from '../content/program.ts';
import type { PlanListing } from './plan.ts';
import { formatHours, pathwayLabel } from './site-model.ts';
import { sitePath } from './site-path.ts';

export interface CardData {
  id: string;
  /** The credential's page. */
  url: string;
  code: string;
  title: string;
  level: number;
  /** The pathway as the card names it (see pathwayLabel). */
  pathway: string;
  /** "8–10 hours". */
  hours: string;
  /** The status label, e.g. "Published". */
  status: string;
  summary: string;
}

/** A credential's page, under the site's base path. */
export const credentialPath = (id: string) => sitePath(`/credentials/${id}/`);

/** What every view of a credential names it by: its id, page, code, title and level. */
const identity = (credential: Credential) => ({
  id: credential.id,
  url: credentialPath(credential.id),
  code: credential.code,
  title: credential.title,
  level: credential.level,
});

/** The card of one credential. */
export function cardData(credential: Credential, program: Program): CardData {
  return {
    ...identity(credential),
    pathway: pathwayLabel(credential, program),
    hours: formatHours(credential),
    status: programLabels(program).status(credential.status),
    summary: credential.summary,
  };
}

/** What the plan and compare pages know of a credential (/plan/credentials.json): enough to plan it and name it. */
export function planListing(credential: Credential): PlanListing {
  return {
    ...identity(credential),
    hours: { min: credential.estimatedHours.min, max: credential.estimatedHours.max },
    prerequisites: credential.prerequisites,
    recommendedBefore: credential.recommendedBefore,
  };
}

/**
 * The card the search script copies and fills for a card the page does not hold: every field empty
 * but the title and the address, whose placeholders keep the template valid HTML.
 */
export const BLANK_CARD: CardData = {
  id: '',
  url: '#',
  code: '',
  title: 'Credential',
  level: 0,
  pathway: '',
  hours: '',
  status: '',
  summary: '',
};
