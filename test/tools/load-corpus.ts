/**
 * Reads a labelled corpus set (test/corpus/<set>/spam.jsonl and real.jsonl; format in test/corpus/README.md). The
 * trainer reads only `dev`: `holdout` is the honest judge and is never trained or tuned on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CorpusSet = 'dev' | 'holdout';

export interface CorpusItem {
  title: string;
  summary: string;
  category: string;
  spam: boolean;
}

const CORPUS_DIRECTORY = join(import.meta.dirname, '..', 'corpus');

export function hasCorpus(set: CorpusSet): boolean {
  return existsSync(join(CORPUS_DIRECTORY, set, 'spam.jsonl')) && existsSync(join(CORPUS_DIRECTORY, set, 'real.jsonl'));
}

export function loadCorpus(set: CorpusSet): CorpusItem[] {
  return [
    ...readLines(join(CORPUS_DIRECTORY, set, 'spam.jsonl'), true),
    ...readLines(join(CORPUS_DIRECTORY, set, 'real.jsonl'), false),
  ];
}

function readLines(path: string, spam: boolean): CorpusItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { title = '', summary = '', category = 'uncategorised' } = JSON.parse(line) as Partial<CorpusItem>;
      return { title, summary, category, spam };
    });
}
