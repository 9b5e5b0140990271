/**
 * The spam template's shape, the strongest evidence the issue names:
 *
 *   9分钟 开挂 "情怀游戏字牌辅助" 原先有开挂透视辅助器 (发现有挂) ;AI辅助…
 *   │     │    │                                     └ a bracketed part holding a cheat term
 *   │     │    └ a quoted part holding a game name or a cheat term
 *   │     └ a cheat term right before the quote
 *   └ a time lead opening the title or the summary (or a teaser that stands in its place: 玩家必看, 推荐一款)
 *
 * Each part alone is ordinary (news says "5分钟", quotes names, uses brackets); two or more together are the template.
 * Punctuation is gone from the normalised text, so quotes and brackets come from its recorded marks.
 */
import { MARK_KIND, sourceSlice, sourceText, type NormalizedText } from '@/src/engine/normalize-text';
import { MATCH_ROLE, type SignalEvidence } from '@/src/engine/signal-evidence';
import type { TermMatches } from '@/src/engine/term-automaton';

const PART_WEIGHT = { lead: 1, cheatBeforeQuote: 1, quoted: 1.5, bracketed: 1.5 } as const;
/** A quoted part can be long; the reason shows its start. */
const MAX_PART_LENGTH = 16;
const NUMERALS = new Set([...'0123456789一二三四五六七八九十两几半百'].map((character) => character.charCodeAt(0)));
const DI = '第'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const ZHONG = '钟'.charCodeAt(0);
const MIAO = '秒'.charCodeAt(0);

/** Where the summary begins, in units and in the source: quotes and brackets never pair across title and summary. */
export interface SummaryStart {
  unit: number;
  source: number;
}

/** A quoted or bracketed part: units `[start, end)` inside the marks, source `[sourceStart, sourceEnd)` with them. */
export interface EnclosedPart {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/** @param roles for each match, its `MATCH_ROLE` bits (0 for a match an allow term explains) */
export function detectTemplateShape(
  text: NormalizedText,
  matches: TermMatches,
  roles: Uint8Array,
  summary: SummaryStart,
): SignalEvidence | undefined {
  // The lead alone is one part, and one part is no template: every other part needs a quote or a bracket. Half the
  // items with a cheat term (news about 辅助驾驶, say) have neither and end here.
  if (text.markCount === 0) return undefined;
  const quotes = enclosedParts(text, MARK_KIND.quote, MARK_KIND.quote, summary);
  const beforeQuote = findCheatBeforeQuote(text, matches, roles, quotes);
  const quoted = quotes.find((part) => holdsRole(matches, roles, MATCH_ROLE.cheat | MATCH_ROLE.game, part));
  const brackets = enclosedParts(text, MARK_KIND.open, MARK_KIND.close, summary);
  const bracketed = brackets.find((part) => holdsRole(matches, roles, MATCH_ROLE.cheat, part));
  if (beforeQuote === undefined && quoted === undefined && bracketed === undefined) return undefined;
  const terms: string[] = [];
  let delta = 0;
  const addPart = (weight: number, term: string): void => {
    delta += weight;
    terms.push(term);
  };
  // A teaser opener is ordinary in news ("推荐一款" app, a quoted game name): it stands in for the time lead only
  // beside a part that names the cheat itself.
  const namesCheat =
    beforeQuote !== undefined || bracketed !== undefined || (quoted !== undefined && holdsRole(matches, roles, MATCH_ROLE.cheat, quoted));
  const lead = findLead(text, matches, roles, 0, namesCheat) ?? findLead(text, matches, roles, summary.unit, namesCheat);

  if (lead !== undefined) addPart(PART_WEIGHT.lead, lead);
  if (beforeQuote !== undefined) addPart(PART_WEIGHT.cheatBeforeQuote, beforeQuote);
  if (quoted) addPart(PART_WEIGHT.quoted, partText(text, quoted));
  if (bracketed) addPart(PART_WEIGHT.bracketed, partText(text, bracketed));
  return terms.length >= 2 ? { delta, terms } : undefined;
}

/**
 * The lead opening the title or the summary at `start`: a time lead (9分钟, 第九分钟, 30秒), or, when `teaserCounts`, a
 * teaser (玩家必看, 推荐一款).
 */
function findLead(
  text: NormalizedText,
  matches: TermMatches,
  roles: Uint8Array,
  start: number,
  teaserCounts: boolean,
): string | undefined {
  const timeEnd = timeLeadEnd(text, start);
  if (timeEnd > 0) return sourceSlice(text, start, timeEnd);
  if (!teaserCounts) return undefined;
  for (let match = 0; match < matches.count; match++) {
    if (matches.starts[match] === start && ((roles[match] ?? 0) & MATCH_ROLE.lead) !== 0) {
      return sourceSlice(text, start, matches.ends[match] ?? start);
    }
  }
  return undefined;
}

/** End of a time lead (第九分钟, 9分钟, 两分钟, 30秒) starting at `start`, or 0. */
function timeLeadEnd(text: NormalizedText, start: number): number {
  // The buffers hold stale units past `length`: read through `at`.
  const at = (index: number): number => (index < text.length ? (text.codes[index] ?? 0) : 0);
  let index = start;
  if (at(index) === DI) index++;
  const numeralsStart = index;
  while (index - numeralsStart < 4 && NUMERALS.has(at(index))) index++;
  if (index === numeralsStart) return 0;
  if (at(index) === MIAO) return index + 1;
  if (at(index) !== FEN) return 0;
  return at(index + 1) === ZHONG ? index + 2 : index + 1;
}

/**
 * The parts enclosed by `opening` … `closing` marks, in the title and in the summary separately. Quote marks pair in
 * order (most quote characters cannot tell opening from closing). A part left open runs to the end of its title or
 * summary, as in a cut-off title (9分钟开挂"情怀游戏...).
 */
export function enclosedParts(text: NormalizedText, opening: number, closing: number, summary: SummaryStart): EnclosedPart[] {
  const parts: EnclosedPart[] = [];
  let open: { start: number; sourceStart: number; inSummary: boolean } | undefined;
  const closeOpenPart = (end: number, sourceEnd: number): void => {
    if (open) parts.push({ start: open.start, end, sourceStart: open.sourceStart, sourceEnd });
    open = undefined;
  };
  for (let mark = 0; mark < text.markCount; mark++) {
    const kind = text.marks[mark * 3];
    const position = text.marks[mark * 3 + 1] ?? 0;
    const source = text.marks[mark * 3 + 2] ?? 0;
    const inSummary = source >= summary.source;
    if (open && open.inSummary !== inSummary) closeOpenPart(summary.unit, summary.source - 1);
    if (open && kind === closing) closeOpenPart(position, source + 1);
    else if (!open && kind === opening) open = { start: position, sourceStart: source, inSummary };
  }
  if (open) closeOpenPart(open.inSummary ? text.length : summary.unit, open.inSummary ? text.sourceLength : summary.source - 1);
  return parts;
}

/** A cheat term that ends where a quoted part opens (开挂"…), itself outside every quoted part (not 外挂 in "免费外挂""透视辅助"). */
function findCheatBeforeQuote(
  text: NormalizedText,
  matches: TermMatches,
  roles: Uint8Array,
  quotes: readonly EnclosedPart[],
): string | undefined {
  for (const part of quotes) {
    for (let match = 0; match < matches.count; match++) {
      const start = matches.starts[match] ?? 0;
      const end = matches.ends[match] ?? 0;
      const isCheat = ((roles[match] ?? 0) & MATCH_ROLE.cheat) !== 0;
      if (isCheat && end === part.start && !quotes.some((other) => other.start <= start && end <= other.end)) {
        return sourceSlice(text, start, end);
      }
    }
  }
  return undefined;
}

/** Whether a match with one of the `wanted` roles lies inside `part`. */
function holdsRole(matches: TermMatches, roles: Uint8Array, wanted: number, part: EnclosedPart): boolean {
  for (let match = 0; match < matches.count; match++) {
    const inside = (matches.starts[match] ?? 0) >= part.start && (matches.ends[match] ?? 0) <= part.end;
    if (inside && ((roles[match] ?? 0) & wanted) !== 0) return true;
  }
  return false;
}

function partText(text: NormalizedText, part: EnclosedPart): string {
  const shown = sourceText(text, part.sourceStart, part.sourceEnd).trim();
  return shown.length > MAX_PART_LENGTH ? `${shown.slice(0, MAX_PART_LENGTH)}…` : shown;
}
