/**
 * Reads a rule file the user chose: our JSON format or a uBlock Origin / AdGuard filter list, told apart by content
 * (and a `.json` name). Pure and bounded: at most `MAX_RULE_FILE_CHARACTERS` are looked at, every pass over the text
 * is linear, and the result is a value (problems with positions, or a list plus the lines that were left out) that
 * the options page shows before anything is imported.
 */
import { localizable } from '@/src/engine/localizable-text';
import type { RuleList } from '@/src/engine/rule-schema';
import { parseFilterLines, type RejectedLine } from '@/src/rules-io/parse-filter-lines';
import { parseJsonRuleFile } from '@/src/rules-io/parse-json-rule-file';
import type { RuleFileProblem } from '@/src/rules-io/rule-file-problem';

export type { RejectedLine } from '@/src/rules-io/parse-filter-lines';
export type { RuleFileProblem } from '@/src/rules-io/rule-file-problem';

export type RuleFileFormat = 'json' | 'filter-lines';

export type ParsedRuleFile =
  | {
      ok: true;
      format: RuleFileFormat;
      list: RuleList;
      /** Filter lines that gave no rule, with their line numbers (the first 1,000; always empty for JSON). */
      rejected: RejectedLine[];
      /** How many lines were rejected in all. */
      rejectedCount: number;
    }
  | { ok: false; problems: RuleFileProblem[] };

/** 10 MiB of text: far more than any real list, small enough to parse in well under a second. */
export const MAX_RULE_FILE_CHARACTERS = 10 * 1024 * 1024;

export function parseRuleFile(text: string, options: { fileName?: string } = {}): ParsedRuleFile {
  if (text.length > MAX_RULE_FILE_CHARACTERS) {
    return { ok: false, problems: [{ reason: localizable('problem_fileTooLarge') }] };
  }
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (content.trim() === '') return { ok: false, problems: [{ reason: localizable('problem_fileEmpty') }] };

  if (detectFormat(content, options.fileName) === 'json') {
    const parsed = parseJsonRuleFile(content);
    return parsed.ok ? { ok: true, format: 'json', list: parsed.list, rejected: [], rejectedCount: 0 } : parsed;
  }
  const { list, rejected, rejectedCount } = parseFilterLines(content);
  return { ok: true, format: 'filter-lines', list, rejected, rejectedCount };
}

/** JSON starts with `{` (or `[`, unless that is a filter list's `[Adblock Plus 2.0]` header); a `.json` name wins. */
function detectFormat(content: string, fileName: string | undefined): RuleFileFormat {
  if (fileName !== undefined && /\.json$/i.test(fileName)) return 'json';
  const start = content.trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('[')) return /^\[[A-Za-z][^\]\n{}"]*\][ \t]*(\r?\n|$)/.test(start) ? 'filter-lines' : 'json';
  return 'filter-lines';
}
