/**
 * Faceted catalog search on Pagefind. Progressive enhancement: the server-rendered list of every
 * credential is the no-JavaScript experience; this script enables the search panel once the index
 * has loaded and then only shows, hides and orders those cards. It never builds HTML from data, so nothing can inject markup.
 *
 * Within a facet values combine with OR, across facets with AND. Each value's count is the number
 * of credentials that would match if that value were ticked, given the query and the other facets.
 */

interface PagefindResult {
  data(): Promise<{ url: string }>;
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

// A module, so these names do not collide with the DOM's globals (`status`, `Selection`).
export {};

function enhance(panel: HTMLElement): void {
  const queryInput = document.getElementById('query') as HTMLInputElement;
  const status = document.getElementById('result-status')!;
  const list = document.getElementById('catalog-list')!;
  const clearButton = document.getElementById('clear-search')!;
  const cards = new Map([...list.querySelectorAll<HTMLElement>('[data-url]')].map((card) => [card.dataset.url!, card]));
  const fieldsets = [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
  const facetIds = fieldsets.map((fieldset) => fieldset.dataset.facet!);
  const checkboxes = (facet: string) => [...panel.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${facet}"]`)];

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
    for (const details of panel.querySelectorAll('details')) if (details.querySelector('input:checked')) details.open = true;
  }

  function writeUrl(query: string, selection: Selection): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [facet, values] of Object.entries(selection)) for (const value of values) params.append(facet, value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  async function matchingUrls(
    pagefind: Pagefind,
    query: string,
    filters: Record<string, { any: string[] }>,
  ): Promise<{ urls: string[]; filters: PagefindSearch['filters'] }> {
    if (!query && Object.keys(filters).length === 0) return { urls: [...cards.keys()], filters: await pagefind.filters() };
    const search = await pagefind.search(query || null, { filters });
    if (!search) return { urls: [], filters: {} };
    const urls = await Promise.all(search.results.map(async (result) => (await result.data()).url));
    return { urls, filters: search.filters };
  }

  let latestRun = 0;

  async function update(pagefind: Pagefind): Promise<void> {
    const run = ++latestRun;
    const query = queryInput.value.trim();
    const selection = readSelection();
    const main = await matchingUrls(pagefind, query, toFilters(selection));
    // One at a time: Pagefind answers null to a search that a newer one overtakes.
    const perFacet: Array<Awaited<ReturnType<typeof matchingUrls>>> = [];
    for (const facet of facetIds) perFacet.push(await matchingUrls(pagefind, query, toFilters(selection, facet)));
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

    const shown = main.urls.filter((url) => cards.has(url));
    const visible = new Set(shown);
    for (const [url, card] of cards) card.hidden = !visible.has(url);
    // Rank by relevance when there is a query; otherwise keep the catalog's own order.
    if (query) for (const url of shown) list.append(cards.get(url)!);
    else for (const card of cards.values()) list.append(card);

    const filtered = query || Object.values(selection).some((values) => values.length > 0);
    status.textContent = !filtered
      ? `Showing all ${cards.size} credentials.`
      : shown.length === 0
        ? 'No credential matches. Remove a filter or try another word.'
        : `${shown.length} of ${cards.size} credentials match.`;
    writeUrl(query, selection);
  }

  async function start(): Promise<void> {
    // The index is written beside the site at build time; its path is not known to the bundler.
    const indexPath = '/pagefind/pagefind.js';
    let pagefind: Pagefind;
    try {
      pagefind = (await import(/* @vite-ignore */ indexPath)) as Pagefind;
      await pagefind.options({ excerptLength: 0 });
      // Loads every facet's index, without which searches report counts only for filtered facets.
      await pagefind.filters();
    } catch {
      status.textContent = `Search is unavailable right now; all ${cards.size} credentials are listed below.`;
      return;
    }
    restoreFromUrl();
    for (const control of panel.querySelectorAll<HTMLInputElement | HTMLFieldSetElement | HTMLButtonElement>('input, fieldset, button'))
      control.disabled = false;
    panel.removeAttribute('aria-busy');
    let timer: number | undefined;
    queryInput.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void update(pagefind), 150);
    });
    panel.addEventListener('change', () => void update(pagefind));
    clearButton.addEventListener('click', () => {
      queryInput.value = '';
      for (const facet of facetIds) for (const box of checkboxes(facet)) box.checked = false;
      void update(pagefind);
      queryInput.focus();
    });
    await update(pagefind);
  }

  void start();
}

// An empty catalog (nothing published yet) has no search panel.
const searchPanel = document.getElementById('search-panel');
if (searchPanel) enhance(searchPanel);
