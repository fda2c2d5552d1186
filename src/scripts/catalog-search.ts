/**
 * Faceted catalog search on Pagefind. Progressive enhancement: the server-rendered catalog pages are
 * the no-JavaScript experience; this script enables the search panel once the index has loaded and
 * then shows the matching cards, a page at a time, with a bar of result pages. A card the page holds
 * is reused; any other is a copy of the page's card template filled from /catalog/cards.json, which
 * is fetched only when a result needs it. It never parses data as HTML, so nothing can inject markup.
 *
 * Within a facet values combine with OR, across facets with AND. Each value's count is the number
 * of credentials that would match if that value were ticked, given the query and the other facets.
 *
 * What a query downloads is kept small: a result's card is found from `page-urls.json` (written with
 * the index) instead of its page's indexed text, and that text, for the excerpt showing why a card
 * matched, is fetched only for cards that come on screen. The catalog's vocabulary, for "did you
 * mean", is fetched only when a query finds nothing.
 */
import { matchesText, pageOf } from '../lib/site/listing.ts';
import { answersQuery, suggestQuery } from '../lib/site/search-vocabulary.ts';
import { sitePath } from '../lib/site/site-path.ts';
import { cardSource, drawResultPages, valuesOnDemand } from './catalog-results.ts';
import { fetchJson } from './fetch-json.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; content: string; locations: number[] }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

type Selection = Record<string, string[]>;

/** Words either side of the matched words in a card's excerpt. */
const EXCERPT_WORDS = 16;
/** Where the filters sit beside the results instead of above them (the stylesheet's breakpoint). */
const WIDE_SCREEN = '(min-width: 62rem)';

/** Pagefind marks matched words with <mark>; rebuild that as text nodes and <mark> elements, nothing else. */
function showExcerpt(target: HTMLElement, excerpt: string): void {
  const decode = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' })[entity] ?? "'");
  const parts = excerpt.split(/<\/?mark>/);
  target.replaceChildren(
    ...parts.map((part, index) => {
      if (index % 2 === 0) return document.createTextNode(decode(part));
      const mark = document.createElement('mark');
      mark.textContent = decode(part);
      return mark;
    }),
  );
  target.prepend(document.createTextNode('Matches: …'));
  target.append(document.createTextNode('…'));
  target.hidden = false;
}

// A module, so these names do not collide with the DOM's globals (`status`, `Selection`).
export {};

function enhance(panel: HTMLElement): void {
  const queryInput = document.getElementById('query') as HTMLInputElement;
  const status = document.getElementById('result-status')!;
  const results = document.getElementById('results')!;
  const list = document.getElementById('catalog-list')!;
  const serverPages = document.getElementById('catalog-pages');
  const clearButton = document.getElementById('clear-search') as HTMLButtonElement;
  const filterPanel = document.getElementById('filter-panel') as HTMLDetailsElement | null;
  const activeCount = document.getElementById('active-count');
  const didYouMean = document.getElementById('did-you-mean')!;
  const suggestionButton = document.getElementById('suggestion')!;
  const source = cardSource(list);
  const moreValues = valuesOnDemand(panel);
  const total = Number(list.dataset.total);
  const pageCount = Number(list.dataset.pageCount);
  const serverStatus = status.textContent ?? '';
  // The bar of result pages, where the server's bar of catalog pages is.
  const resultPages = Object.assign(document.createElement('nav'), { className: 'pagination', hidden: true });
  resultPages.setAttribute('aria-label', 'Pages of results');
  list.after(resultPages);
  const fieldsets = [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
  const facetIds = fieldsets.map((fieldset) => fieldset.dataset.facet!);
  const checkboxes = (facet: string) => [...panel.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${facet}"]`)];
  let vocabulary: Promise<string[]> | undefined;
  /** Which page of the results is shown, from 1; back to 1 whenever the query or the filters change. */
  let resultPage = 1;

  function readSelection(): Selection {
    return Object.fromEntries(
      facetIds.map((facet) => [
        facet,
        checkboxes(facet)
          .filter((box) => box.checked)
          .map((box) => box.value),
      ]),
    );
  }

  function toFilters(selection: Selection, except?: string) {
    return Object.fromEntries(
      Object.entries(selection)
        .filter(([facet, values]) => facet !== except && values.length > 0)
        .map(([facet, values]) => [facet, { any: values }]),
    );
  }

  function restoreFromUrl(): void {
    const params = new URLSearchParams(location.search);
    queryInput.value = params.get('q') ?? '';
    resultPage = Number(params.get('page')) || 1;
    for (const facet of facetIds) {
      const wanted = new Set(params.getAll(facet));
      for (const box of checkboxes(facet)) box.checked = wanted.has(box.value);
    }
    // Open a collapsed list when one of its values comes from a shared link.
    for (const details of panel.querySelectorAll<HTMLDetailsElement>('.filters details'))
      if (details.querySelector('input:checked')) details.open = true;
  }

  function searchParams(query: string, selection: Selection, page: number): URLSearchParams {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [facet, values] of Object.entries(selection)) for (const value of values) params.append(facet, value);
    if (page > 1) params.set('page', String(page));
    return params;
  }

  const addressOf = (params: URLSearchParams) => (params.size > 0 ? `?${params}` : location.pathname);

  /** The excerpt of each shown card, fetched the first time the card is on screen for the current query. */
  const pendingExcerpts = new Map<HTMLElement, PagefindResult>();
  const excerptObserver = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const card = entry.target as HTMLElement;
      const result = pendingExcerpts.get(card);
      if (!entry.isIntersecting || !result) continue;
      pendingExcerpts.delete(card);
      void result.data().then((data) => {
        // A newer query may have replaced this one while the excerpt loaded.
        if (card.dataset.excerptFor === result.id) showExcerpt(card.querySelector('.match-excerpt')!, data.excerpt);
      });
    }
  });

  function showExcerptsFor(cards: HTMLElement[], results: Map<string, PagefindResult>): void {
    pendingExcerpts.clear();
    for (const card of cards) {
      const excerpt = card.querySelector<HTMLElement>('.match-excerpt')!;
      excerpt.hidden = true;
      const result = results.get(card.dataset.url!);
      card.dataset.excerptFor = result?.id ?? '';
      if (!result) continue;
      pendingExcerpts.set(card, result);
      // Observing again delivers the card's current visibility, so cards already on screen load now.
      excerptObserver.unobserve(card);
      excerptObserver.observe(card);
    }
  }

  async function offerSuggestion(query: string, resultCount: number): Promise<void> {
    didYouMean.hidden = true;
    // Search requires every word to match, so a query with results has no unknown word.
    if (!query || resultCount > 0) return;
    vocabulary ??= fetchJson<string[]>(sitePath('/catalog/vocabulary.json')).catch(() => []);
    const suggestion = suggestQuery(query, await vocabulary);
    if (!suggestion || queryInput.value.trim() !== query) return;
    suggestionButton.textContent = suggestion;
    didYouMean.hidden = false;
  }

  /** Whether the address ticks a filter value the page does not hold (one of a long facet's, loaded on demand). */
  function asksForValuesOnDemand(): boolean {
    const params = new URLSearchParams(location.search);
    return facetIds.some((facet) => params.getAll(facet).some((value) => !checkboxes(facet).some((box) => box.value === value)));
  }

  function start(pagefind: Pagefind, pageUrls: Record<string, string>): void {
    const urlOf = async (result: PagefindResult) => pageUrls[result.id] ?? (await result.data()).url;

    async function matching(query: string, filters: Record<string, { any: string[] }>) {
      if (!query && Object.keys(filters).length === 0)
        return { results: new Map<string, PagefindResult>(), all: true, filters: await pagefind.filters() };
      const search = await pagefind.search(query || null, { filters });
      if (!search) return { results: new Map<string, PagefindResult>(), all: false, filters: {} };
      const urls = await Promise.all(search.results.map(urlOf));
      return { results: new Map(urls.map((url, index) => [url, search.results[index]!])), all: false, filters: search.filters };
    }

    /**
     * Whether the best result really contains the query's words: for a word the index lacks, the
     * engine matches its first letters instead, and those results would only mislead.
     */
    async function isAnswer(query: string, results: Map<string, PagefindResult>): Promise<boolean> {
      const best = results.values().next().value;
      if (!query || !best) return true;
      const { content, locations } = await best.data();
      const words = content.split(/\s+/);
      return answersQuery(
        query,
        locations.map((location) => words[location] ?? ''),
      );
    }

    let latestRun = 0;

    /** The cards to show and what to say about them: this page's own cards, or a page of the matches. */
    async function shownCards(query: string, main: Awaited<ReturnType<typeof matching>>) {
      if (main.all) return { cards: source.onPage, text: serverStatus, matches: total, pages: 0 };
      // Ranked by relevance when there is a query; otherwise in the catalog's own order.
      const urls = query ? [...main.results.keys()] : (await source.order()).filter((url) => main.results.has(url));
      const page = pageOf(await source.known(urls), resultPage);
      resultPage = page.number;
      return { cards: await source.cards(page.items), text: matchesText(page, total), matches: page.total, pages: page.pageCount };
    }

    async function update(): Promise<void> {
      const run = ++latestRun;
      const query = queryInput.value.trim();
      const selection = readSelection();
      const main = await matching(query, toFilters(selection));
      // One at a time: Pagefind answers null to a search that a newer one overtakes.
      const perFacet: Array<Awaited<ReturnType<typeof matching>>> = [];
      for (const facet of facetIds) perFacet.push(await matching(query, toFilters(selection, facet)));
      const answered = await isAnswer(query, main.results);
      if (run !== latestRun) return;
      if (!answered) {
        main.results.clear();
        for (const counts of perFacet) counts.filters = {};
      }
      let shown: Awaited<ReturnType<typeof shownCards>>;
      try {
        shown = await shownCards(query, main);
      } catch {
        if (run === latestRun) status.textContent = 'The matching credentials could not be loaded. Check your connection and try again.';
        return;
      }
      if (run !== latestRun) return;

      facetIds.forEach((facet, index) => {
        const counts = perFacet[index]!.filters[facet] ?? {};
        for (const box of checkboxes(facet)) {
          const count = counts[box.value] ?? 0;
          const label = box.closest('label')!;
          label.querySelector('.count')!.textContent = String(count);
          label.classList.toggle('is-empty', count === 0 && !box.checked);
        }
      });

      list.replaceChildren(...shown.cards);
      if (serverPages) serverPages.hidden = !main.all;
      drawResultPages(resultPages, resultPage, main.all ? 0 : shown.pages, (number) => addressOf(searchParams(query, selection, number)));
      showExcerptsFor(shown.cards, query ? main.results : new Map<string, PagefindResult>());

      const active = Object.values(selection).reduce((sum, values) => sum + values.length, 0);
      if (activeCount) activeCount.textContent = active > 0 ? ` (${active} active)` : '';
      clearButton.parentElement!.hidden = !query && active === 0;
      status.textContent = shown.text;
      history.replaceState(null, '', addressOf(searchParams(query, selection, main.all ? 1 : resultPage)));
      await offerSuggestion(query, shown.matches);
    }

    /** Runs a new search from the first page of its results. */
    const searchAgain = () => {
      resultPage = 1;
      return update();
    };

    restoreFromUrl();
    for (const list of moreValues.lists)
      list.addEventListener('toggle', () => {
        if (list.open) void moreValues.load().then(update, () => undefined);
      });
    for (const control of panel.querySelectorAll<HTMLInputElement | HTMLFieldSetElement | HTMLButtonElement>('input, fieldset, button'))
      control.disabled = false;
    // Beside the results there is room for the filters; on a phone they wait, collapsed, above them.
    if (filterPanel && window.matchMedia(WIDE_SCREEN).matches) filterPanel.open = true;
    panel.removeAttribute('aria-busy');
    let timer: number | undefined;
    queryInput.addEventListener('focus', () => source.prefetch(), { once: true });
    queryInput.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void searchAgain(), 150);
    });
    panel.addEventListener('change', () => void searchAgain());
    clearButton.addEventListener('click', () => {
      queryInput.value = '';
      for (const facet of facetIds) for (const box of checkboxes(facet)) box.checked = false;
      void searchAgain();
      queryInput.focus();
    });
    suggestionButton.addEventListener('click', () => {
      queryInput.value = suggestionButton.textContent ?? '';
      void searchAgain();
      queryInput.focus();
    });
    // A page of results is shown here, without loading the page again; the link still works in a new tab.
    resultPages.addEventListener('click', (event) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-page]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      resultPage = Number(link.dataset.page);
      void update().then(() => results.focus());
    });
    void update();
  }

  async function load(): Promise<void> {
    // The index is written beside the site at build time; its path is not known to the bundler.
    const indexPath = sitePath('/pagefind/pagefind.js');
    try {
      const [pagefind, pageUrls] = await Promise.all([
        import(/* @vite-ignore */ indexPath) as Promise<Pagefind>,
        fetchJson<Record<string, string>>(sitePath('/pagefind/page-urls.json')),
      ]);
      await pagefind.options({ excerptLength: EXCERPT_WORDS * 2 });
      // Loads every facet's index, without which searches report counts only for filtered facets.
      await pagefind.filters();
      if (asksForValuesOnDemand()) await moreValues.load().catch(() => undefined);
      start(pagefind, pageUrls);
    } catch {
      status.textContent =
        pageCount === 1
          ? `Search is unavailable right now; all ${total} credentials are listed below.`
          : `Search is unavailable right now; the pages of the catalog below list all ${total.toLocaleString('en-US')} credentials.`;
    }
  }

  void load();
}

// An empty catalog (nothing published yet) has no search panel.
const searchPanel = document.getElementById('search-panel');
if (searchPanel) enhance(searchPanel);
