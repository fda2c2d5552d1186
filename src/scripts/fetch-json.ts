/** Fetching the JSON files the build writes beside the pages, for the scripts that load data on demand. */

/** Parsed JSON from the site, or an error that names the address. */
export const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};
