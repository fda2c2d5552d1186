/**
 * The standards a credential addresses, each once, joined with the registry in content/standards/:
 * the framework's name and address, our label for the item and its official URI. Both exports
 * (Open Badges alignments and CTDL target competencies) are built from this one list.
 */
import type { AlignmentFile, StandardItem, StandardsFramework } from '../../../schemas/index.ts';
import { isCaseItemUri } from './export-urls.ts';

export interface AlignedStandard {
  code: string;
  /** The registry's entry for the code, when the registry lists it. */
  item: StandardItem | undefined;
  /** Our own short label for the item, when the registry has one. */
  label: string | undefined;
  framework: StandardsFramework | undefined;
  frameworkId: string;
  /** The item's official URI, else the framework's web page, else undefined. */
  url: string | undefined;
  /** True when `url` is the item's CASE URI. */
  caseItem: boolean;
}

/** In the order the alignment file first names each standard; a standard cited twice appears once. */
export function alignedStandards(alignment: AlignmentFile | undefined, frameworks: StandardsFramework[]): AlignedStandard[] {
  const seen = new Set<string>();
  return (alignment?.alignments ?? []).flatMap((entry) => {
    const key = `${entry.framework}\u0000${entry.code}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const framework = frameworks.find((candidate) => candidate.id === entry.framework);
    const item = framework?.items.find((candidate) => candidate.code === entry.code);
    const url = item?.uri ?? framework?.url;
    return [
      {
        code: entry.code,
        item,
        label: item?.label,
        framework,
        frameworkId: entry.framework,
        url,
        caseItem: !!item?.uri && isCaseItemUri(item.uri),
      },
    ];
  });
}

/** How a standard is named in an export: its code and our label, or the code alone. */
export const standardName = (standard: AlignedStandard) => (standard.label ? `${standard.code}: ${standard.label}` : standard.code);
