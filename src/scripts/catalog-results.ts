/**
 * What the catalog's search shows beyond the cards and filters the page holds: cards of results
 * rendered from /catalog/cards.json, filter values loaded from /catalog/facets.json and the bar of
 * result pages. Each fills a copy of a template the page renders from the same component as its own
 * (CredentialCard.astro, FilterOption.astro) or mirrors Pagination.astro, with text only.
 */
import type { CardData } from '../lib/site/card-data.ts';
import { pageLinks } from '../lib/site/listing.ts';
import type { FacetValue } from '../lib/site/search-facets.ts';
import { fetchJson } from './fetch-json.ts';
import { enhancePlanToggles } from './plan-button.ts';

/** Fills a copy of the card template with one credential's card: the markup CredentialCard.astro renders. */
function renderCard(template: HTMLTemplateElement, card: CardData): HTMLElement {
  const element = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  element.dataset.url = card.url;
  element.querySelector('.code')!.textContent = card.code;
  const link = element.querySelector<HTMLAnchorElement>(':is(h2, h3) a')!;
  link.href = card.url;
  link.textContent = card.title;
  const [level, pathway, hours, status] = element.querySelectorAll('.badges > li');
  level!.className = `badge level-${card.level}`;
  level!.textContent = `Level ${card.level}`;
  pathway!.textContent = card.pathway;
  hours!.textContent = card.hours;
  status!.textContent = card.status;
  element.querySelector(':scope > p:not(.match-excerpt)')!.textContent = card.summary;
  const toggle = element.querySelector<HTMLElement>('[data-plan-toggle]')!;
  toggle.dataset.planToggle = card.id;
  toggle.dataset.planCode = card.code;
  toggle.querySelector('button .visually-hidden')!.textContent = `: ${card.code} ${card.title}`;
  enhancePlanToggles(element);
  return element;
}

/**
 * The catalog's cards by page address: the ones this page holds and, for a catalog of more than one
 * page, every other one rendered on demand from /catalog/cards.json, fetched once.
 */
export function cardSource(list: HTMLElement) {
  const onPage = [...list.querySelectorAll<HTMLElement>('[data-url]')];
  const elements = new Map(onPage.map((card) => [card.dataset.url!, card]));
  const template = document.getElementById('card-template') as HTMLTemplateElement | null;
  // A catalog of one page holds every card, and needs nothing more.
  const complete = !template;
  let data: Promise<{ order: string[]; byUrl: Map<string, CardData> }> | undefined;
  const load = () =>
    (data ??= fetchJson<{ cards: CardData[] }>(list.dataset.cards!).then(({ cards }) => ({
      order: cards.map((card) => card.url),
      byUrl: new Map(cards.map((card) => [card.url, card])),
    })));
  return {
    /** The cards the server rendered on this page, in catalog order. */
    onPage,
    /** Starts loading the card data a search will need, while the teacher is still typing. */
    prefetch(): void {
      if (!complete) load().catch(() => undefined);
    },
    /** Every listed card's address, in catalog order. */
    async order(): Promise<string[]> {
      return complete ? onPage.map((card) => card.dataset.url!) : (await load()).order;
    },
    /** The addresses that have a card, in the order given (a search result may be a page no card lists). */
    async known(urls: string[]): Promise<string[]> {
      if (complete) return urls.filter((url) => elements.has(url));
      const { byUrl } = await load();
      return urls.filter((url) => byUrl.has(url));
    },
    /** The cards of these addresses, in this order, each rendered the first time it is needed. */
    async cards(urls: string[]): Promise<HTMLElement[]> {
      if (template && urls.some((url) => !elements.has(url))) {
        const { byUrl } = await load();
        for (const url of urls) {
          const card = byUrl.get(url);
          if (card && !elements.has(url)) elements.set(url, renderCard(template, card));
        }
      }
      return urls.flatMap((url) => elements.get(url) ?? []);
    },
  };
}

/** Fills a copy of the filter option template: the markup FilterOption.astro renders. */
function renderOption(template: HTMLTemplateElement, facet: string, option: FacetValue): HTMLElement {
  const label = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const box = label.querySelector('input')!;
  box.name = facet;
  box.value = option.value;
  const text = label.querySelector(':scope > span:not(.count)')!;
  text.prepend(option.label);
  const detail = text.querySelector('.option-detail')!;
  if (option.detail) detail.textContent = option.detail;
  else detail.remove();
  const count = label.querySelector<HTMLElement>('.count')!;
  count.dataset.countFor = option.value;
  count.textContent = String(option.count);
  return label;
}

/**
 * The values a long facet leaves out of the page (FACET_VALUES_IN_PAGE), loaded once from
 * /catalog/facets.json into its "more" list when the list is opened or a link ticks one of them.
 */
export function valuesOnDemand(panel: HTMLElement) {
  const template = document.getElementById('filter-option-template') as HTMLTemplateElement | null;
  const lists = [...panel.querySelectorAll<HTMLDetailsElement>('details[data-more-values]')];
  let loaded: Promise<void> | undefined;
  return {
    lists,
    load(): Promise<void> {
      if (!template || lists.length === 0) return Promise.resolve();
      loaded ??= fetchJson<Partial<Record<string, FacetValue[]>>>(panel.dataset.facetValues!).then((values) => {
        for (const list of lists) {
          const facet = list.dataset.moreValues!;
          list.append(...(values[facet] ?? []).map((option) => renderOption(template, facet, option)));
        }
      });
      return loaded;
    },
  };
}

/** A page number's link in the bar of result pages, with the words a screen reader says around it. */
function pageLink(text: string, hidden: { before?: string; after?: string }, href: string, number: number): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.dataset.page = String(number);
  const hiddenText = (words: string) => Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: words });
  if (hidden.before) link.append(hiddenText(hidden.before));
  link.append(text);
  if (hidden.after) link.append(hiddenText(hidden.after));
  return link;
}

/** The bar of result pages: the markup of src/components/Pagination.astro, linking to this page's own URL with `page=N`. */
export function drawResultPages(nav: HTMLElement, current: number, pageCount: number, hrefOf: (number: number) => string): void {
  nav.hidden = pageCount <= 1;
  const items: HTMLLIElement[] = [];
  const item = (content: Node | string, className?: string) => {
    const li = document.createElement('li');
    if (className) li.className = className;
    li.append(content);
    items.push(li);
    return li;
  };
  if (current > 1) {
    const link = pageLink('Previous', { after: ' page' }, hrefOf(current - 1), current - 1);
    link.rel = 'prev';
    item(link);
  }
  for (const number of pageLinks(current, pageCount)) {
    if (number === null) {
      item('…', 'gap').setAttribute('aria-hidden', 'true');
      continue;
    }
    const link = pageLink(String(number), { before: 'Page ' }, hrefOf(number), number);
    if (number === current) link.setAttribute('aria-current', 'page');
    item(link);
  }
  if (current < pageCount) {
    const link = pageLink('Next', { after: ' page' }, hrefOf(current + 1), current + 1);
    link.rel = 'next';
    item(link);
  }
  const list = document.createElement('ul');
  list.append(...items);
  nav.replaceChildren(list);
}
