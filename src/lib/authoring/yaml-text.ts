/**
 * Writing YAML by hand, line by line, so that drafts keep their guiding comments: comment blocks,
 * scalars quoted only when they must be, and long text folded at the formatter's line width.
 */
import { stringify } from 'yaml';
import { FORMAT_LINE_WIDTH as LINE_WIDTH } from './format-yaml.ts';

/** Words wrapped into lines no wider than `width`. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A YAML comment block: the guidance an author reads above a field. */
export const comment = (text: string, indent = '') => wrap(text, LINE_WIDTH - indent.length - 2).map((line) => `${indent}# ${line}`);

/** One scalar as YAML writes it, quoted only when it must be. */
export const scalar = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();

/** Text after `lead` (`key: ` or `- `) on one line when it fits, otherwise folded (`>-`), as the exemplar writes long text. */
function text(lead: string, value: string, indent: string): string[] {
  const oneLine = `${indent}${lead}${scalar(value)}`;
  if (oneLine.length <= LINE_WIDTH) return [oneLine];
  return [`${indent}${lead}>-`, ...wrap(value, LINE_WIDTH - indent.length - 2).map((line) => `${indent}  ${line}`)];
}

export const field = (key: string, value: string, indent = '') => text(`${key}: `, value, indent);
export const listEntry = (value: string, indent: string) => text('- ', value, indent);

export const flowList = (values: readonly string[]) => `[${values.join(', ')}]`;

export const file = (lines: string[]) => `${lines.join('\n')}\n`;
