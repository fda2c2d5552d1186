/**
 * Faceted catalog search on Pagefind. Progressive enhancement: the server-rendered list of every
 * credential is the no-JavaScript experience; this script enables the search panel once the index
 * has loaded and then only shows, hides and orders those cards and fills in text. It never parses
 * data as HTML, so nothing can inject markup.
 *
 * Within a facet values combine with OR, across facets with AND. Each value's count is the number
 * of credentials that would match if that value were ticked, given the query and the other facets.
 *
 * What a query downloads is kept small: a result's card is found from `page-urls.json` (written with
 * the index) instead of its page's indexed text, and that text, for the excerpt showing why a card
 * matched, is fetched only for cards that come on screen. The catalog's vocabulary, for "did you
 * mean", is fetched only when a query finds nothing.
 */
import { answersQuery, suggestQuery } from '../lib/site/search-vocabulary.ts';

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

const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

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
  const list = document.getElementById('catalog-list')!;
  const clearButton = document.getElementById('clear-search') as HTMLButtonElement;
  const filterPanel = document.getElementById('filter-panel') as HTMLDetailsElement | null;
  const activeCount = document.getElementById('active-count');
  const didYouMean = document.getElementById('did-you-mean')!;
  const suggestionButton = document.getElementById('suggestion')!;
  const cards = new Map([...list.querySelectorAll<HTMLElement>('[data-url]')].map((card) => [card.dataset.url!, card]));
  const fieldsets = [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
  const facetIds = fieldsets.map((fieldset) => fieldset.dataset.facet!);
  const checkboxes = (facet: string) => [...panel.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${facet}"]`)];
  let vocabulary: Promise<string[]> | undefined;

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
    for (const facet of facetIds) {
      const wanted = new Set(params.getAll(facet));
      for (const box of checkboxes(facet)) box.checked = wanted.has(box.value);
    }
    // Open a collapsed list when one of its values comes from a shared link.
    for (const details of panel.querySelectorAll<HTMLDetailsElement>('.filters details'))
      if (details.querySelector('input:checked')) details.open = true;
  }

  function writeUrl(query: string, selection: Selection): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [facet, values] of Object.entries(selection)) for (const value of values) params.append(facet, value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

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

  function showExcerptsFor(results: Map<string, PagefindResult>): void {
    pendingExcerpts.clear();
    for (const [url, card] of cards) {
      const excerpt = card.querySelector<HTMLElement>('.match-excerpt')!;
      excerpt.hidden = true;
      const result = results.get(url);
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
    vocabulary ??= fetchJson<string[]>('/catalog/vocabulary.json').catch(() => []);
    const suggestion = suggestQuery(query, await vocabulary);
    if (!suggestion || queryInput.value.trim() !== query) return;
    suggestionButton.textContent = suggestion;
    didYouMean.hidden = false;
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

      facetIds.forEach((facet, index) => {
        const counts = perFacet[index]!.filters[facet] ?? {};
        for (const box of checkboxes(facet)) {
          const count = counts[box.value] ?? 0;
          const label = box.closest('label')!;
          label.querySelector('.count')!.textContent = String(count);
          label.classList.toggle('is-empty', count === 0 && !box.checked);
        }
      });

      const shown = main.all ? [...cards.keys()] : [...main.results.keys()].filter((url) => cards.has(url));
      const visible = new Set(shown);
      for (const [url, card] of cards) card.hidden = !visible.has(url);
      // Rank by relevance when there is a query; otherwise keep the catalog's own order.
      if (query) for (const url of shown) list.append(cards.get(url)!);
      else for (const card of cards.values()) list.append(card);
      showExcerptsFor(query ? main.results : new Map<string, PagefindResult>());

      const active = Object.values(selection).reduce((sum, values) => sum + values.length, 0);
      if (activeCount) activeCount.textContent = active > 0 ? ` (${active} active)` : '';
      clearButton.parentElement!.hidden = !query && active === 0;
      status.textContent =
        !query && active === 0
          ? `Showing all ${cards.size} credentials.`
          : shown.length === 0
            ? 'No credential matches. Remove a filter or try another word.'
            : `${shown.length} of ${cards.size} credentials match.`;
      writeUrl(query, selection);
      await offerSuggestion(query, shown.length);
    }

    restoreFromUrl();
    for (const control of panel.querySelectorAll<HTMLInputElement | HTMLFieldSetElement | HTMLButtonElement>('input, fieldset, button'))
      control.disabled = false;
    // Beside the results there is room for the filters; on a phone they wait, collapsed, above them.
    if (filterPanel && window.matchMedia(WIDE_SCREEN).matches) filterPanel.open = true;
    panel.removeAttribute('aria-busy');
    let timer: number | undefined;
    queryInput.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void update(), 150);
    });
    panel.addEventListener('change', () => void update());
    clearButton.addEventListener('click', () => {
      queryInput.value = '';
      for (const facet of facetIds) for (const box of checkboxes(facet)) box.checked = false;
      void update();
      queryInput.focus();
    });
    suggestionButton.addEventListener('click', () => {
      queryInput.value = suggestionButton.textContent ?? '';
      void update();
      queryInput.focus();
    });
    void update();
  }

  async function load(): Promise<void> {
    // The index is written beside the site at build time; its path is not known to the bundler.
    const indexPath = '/pagefind/pagefind.js';
    try {
      const [pagefind, pageUrls] = await Promise.all([
        import(/* @vite-ignore */ indexPath) as Promise<Pagefind>,
        fetchJson<Record<string, string>>('/pagefind/page-urls.json'),
      ]);
      await pagefind.options({ excerptLength: EXCERPT_WORDS * 2 });
      // Loads every facet's index, without which searches report counts only for filtered facets.
      await pagefind.filters();
      start(pagefind, pageUrls);
    } catch {
      status.textContent = `Search is unavailable right now; all ${cards.size} credentials are listed below.`;
    }
  }

  void load();
}

// An empty catalog (nothing published yet) has no search panel.
const searchPanel = document.getElementById('search-panel');
if (searchPanel) enhance(searchPanel);
