/** Credential pages in the browser: the whole rubric is there, and the one-pager prints on one page. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checks/check.ts';
import { useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const folders = catalog.credentials.filter((folder) => folder.credential?.data && folder.rubric?.data);

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('credential pages', () => {
  const { open } = useSite();

  it('shows every rubric criterion of the exemplar as a row header of the rubric table', async () => {
    const folder = folders.find((candidate) => candidate.id === 'facilitating-project-based-learning')!;
    const { page } = await open(`/credentials/${folder.id}/`);
    const headers = await page.locator('#rubric ~ .table-scroll tbody th').allTextContents();
    for (const criterion of folder.rubric!.data!.criteria) expect(headers.some((text) => text.startsWith(criterion.title))).toBe(true);
    expect(await page.locator('#rubric ~ .table-scroll thead th').allTextContents()).toEqual([
      'Criterion',
      'Demonstrated',
      'Progressing',
      'Not Met',
    ]);
  });

  it.each(folders.map((folder) => [folder.id]))('prints the one-pager of %s on one Letter page, from both pages', async (id) => {
    for (const path of [`/credentials/${id}/one-pager/`, `/credentials/${id}/`]) {
      const { page } = await open(path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: false });
      expect(pdfPages(pdf), path).toBe(1);
      await page.context().close();
    }
  });
});
