/**
 * Judges one list item: normalise once, scan once with the automaton, then add up the evidence. Every point of the
 * score comes from a reason, and a reason's terms are quoted as the page showed them.
 *
 *   text ─ normalise ─ scan ─┬─ allow terms: negative evidence; they also explain the terms inside them
 *                            │  (外挂 in 加装外挂电梯 then counts for nothing); a seller's call takes the
 *                            │  subtraction of the rules that yield to it (their `unlessSets`)
 *                            ├─ keyword rules: +weight once each, if their required sets match too
 *                            ├─ template shape, contact bait (built-in signals)
 *   regex rules (RE2) ───────┤
 *   n-gram model ────────────┘─ score ≥ threshold(sensitivity) → spam, unless an always-show allow rule matched
 *   (consulted only when it could still tip the verdict: rules' score + its cap ≥ threshold)
 *
 * The classifier keeps its buffers between calls (one item at a time, as JavaScript runs), so judging an item
 * allocates little more than its reasons. It never throws on any text.
 */
import type { CompiledRules, TermRule } from '@/src/engine/compile-rules';
import { builtInSignalName, type BuiltInSignalId } from '@/src/engine/built-in-signals';
import { detectContactBait } from '@/src/engine/detect-contact-bait';
import { detectTemplateShape, enclosedParts, type EnclosedPart, type SummaryStart } from '@/src/engine/detect-template-shape';
import { appliesToHost } from '@/src/engine/matches-host-pattern';
import { createNormalizedText, MARK_KIND, normalizedString, normalizeInto, sourceSlice, sourceText } from '@/src/engine/normalize-text';
import { scoreNgramModel } from '@/src/engine/score-ngram-model';
import { MATCH_ROLE, type SignalEvidence } from '@/src/engine/signal-evidence';
import { createTermMatches, MAX_MATCHES, scanTerms } from '@/src/engine/term-automaton';
import { thresholdForSensitivity } from '@/src/engine/threshold-for-sensitivity';
import type { ItemText, Reason, Verdict } from '@/src/engine/verdict';

export interface ClassifyContext {
  /** The page's host name, for host-limited rules. */
  host: string;
  /** Settings sensitivity 1…10. */
  sensitivity: number;
}

/** A reason shows at most this many terms: enough to recognise, short enough for one line. */
const MAX_REASON_TERMS = 3;
/**
 * An allow rule subtracts its weight once for each different term it found, in places apart, up to this many times:
 * spam evidence spreads over many rules (a cheat word, with a game, with a tool word…), while one kind of
 * counter-evidence is one rule, and a text that says several things of that kind (a debunking that says 所谓, 木马
 * and 拉黑) is surer than one that says one. A term inside another (所谓 in 所谓的) is the same place, counted once.
 */
const MAX_ALLOW_TERMS_COUNTED = 3;
/** Units between a mention word and the quote it reports (所谓的"…": 的). */
const MENTION_GAP = 1;
const QUESTION_MARKS = new Set(['?', '？']);
/** A topic tag (#老旧小区加装外挂电梯#) runs over this many source characters at most: a tag is a phrase, not a text. */
const MAX_TOPIC_TAG_LENGTH = 40;

const normalized = createNormalizedText(512);
const matches = createTermMatches();
/** Per match: MATCH_ROLE bits, 0 for a match an allow term explains. */
const roles = new Uint8Array(MAX_MATCHES);
/** Allow-term spans of the current item: `[start, end)` pairs, `allowSpanCount` of them. */
const allowSpans = new Int32Array(MAX_MATCHES * 2);
let allowSpanCount = 0;
/**
 * Quoted parts of the current item, `quoteCount` of them, found once for the item `quoteStamp` names when an allow
 * rule's `unlessSets` matched (see `isSellersCall`).
 */
const quoteSpans = new Int32Array(MAX_MATCHES * 2);
let quoteStamp = 0;
let quoteCount = 0;
/** Topic tags of the current item (see `findTopicTags`): `[start, end)` unit pairs. */
let topicTags = new Int32Array(16);
/**
 * Per term group and per rule: the item (`stamp`) in which it was last hit. Stamps save clearing the tables for each
 * item; the rule tables also keep, per rule, up to MAX_REASON_TERMS matches with distinct patterns.
 */
let groupHits = new Int32Array(0);
let ruleHits = new Int32Array(0);
let ruleTermCounts = new Uint8Array(0);
let ruleTermMatches = new Int32Array(0);
let stamp = 0;
/** The term rules hit in the current item, in the order they were first hit. */
let firedRules = new Int32Array(0);
let firedCount = 0;
/** A bit above the `MATCH_ROLE` bits in `scoreTermRules`' result: an always-show allow rule matched. */
const ALWAYS_SHOW_MATCHED = 0x100;
/** Which term and regex rules apply on the last host seen, for the last compiled rules seen. */
let hostCache: { rules: CompiledRules; host: string; termRules: Uint8Array; regexRules: Uint8Array } | undefined;

export function classifyItem(rules: CompiledRules, item: ItemText, context: ClassifyContext): Verdict {
  const title = typeof item.title === 'string' ? item.title : '';
  const summary = typeof item.summary === 'string' ? item.summary : '';
  normalizeInto(title, normalized, summary === '' ? undefined : summary);
  scanTerms(rules.automaton, normalized, matches);
  const active = activeRules(rules, typeof context.host === 'string' ? context.host : '');
  const reasons: Reason[] = [];
  let alwaysShow = false;
  if (matches.count > 0) {
    const found = scoreTermRules(rules, active.termRules, title.length, reasons);
    alwaysShow = (found & ALWAYS_SHOW_MATCHED) !== 0;
    scoreSignals(rules, found & ~ALWAYS_SHOW_MATCHED, title.length, reasons);
  }
  if (rules.regexRules.length > 0) scoreRegexRules(rules, active.regexRules, reasons);
  const threshold = thresholdForSensitivity(context.sensitivity);
  // The model moves the score by at most its cap. When the rules leave the item further below the threshold than
  // that (most headlines of a page: no cheat, game or win vocabulary at all), it cannot change the verdict: skip it.
  const { model } = rules;
  if (model !== undefined && !alwaysShow && sumDeltas(reasons) + model.cap >= threshold) scoreModel(rules, reasons);
  sortByStrength(reasons);
  const score = roundTenth(sumDeltas(reasons));
  return { spam: !alwaysShow && score >= threshold, score, threshold, reasons };
}

/**
 * Adds the keyword and allow rules' reasons. Returns the union of the roles of the matches no allow term explains
 * (for the signals), with `ALWAYS_SHOW_MATCHED` set when an always-show allow rule matched.
 */
function scoreTermRules(rules: CompiledRules, active: Uint8Array, titleLength: number, reasons: Reason[]): number {
  const { patternGroups, patternKeywordRules, patternAllowRules, patternRoles, termRules } = rules;
  const count = matches.count;
  if (groupHits.length < rules.groupCount) groupHits = new Int32Array(rules.groupCount);
  if (ruleHits.length < termRules.length) {
    ruleHits = new Int32Array(termRules.length);
    ruleTermCounts = new Uint8Array(termRules.length);
    ruleTermMatches = new Int32Array(termRules.length * MAX_REASON_TERMS);
    firedRules = new Int32Array(termRules.length);
  }
  stamp++;
  firedCount = 0;

  // Allow rules first: their spans explain the matches inside them. An allow term in a topic tag that holds another
  // term explains it but does not count: a post's tags name trending topics (#老旧小区加装外挂电梯#), which spam rides
  // on as much as news does. A warning in a tag (#警惕骗局#, #反诈#) is the poster's own word and counts; so does an
  // always-show rule (the user's 「不是广告」), wherever it matches.
  let spanCount = 0;
  const tagCount = normalized.markCount === 0 ? 0 : findTopicTags();
  for (let match = 0; match < count; match++) {
    const pattern = matches.patterns[match] ?? 0;
    let isAllowSpan = false;
    const first = patternAllowRules.starts[pattern] ?? 0;
    const end = patternAllowRules.starts[pattern + 1] ?? 0;
    const counts = first === end || tagCount === 0 || !isInTopicTag(match, tagCount) || !holdsOtherTerm(rules, match);
    for (let entry = first; entry < end; entry++) {
      const rule = patternAllowRules.items[entry] ?? 0;
      if (active[rule] !== 1) continue;
      if (counts || termRules[rule]?.alwaysShow === true) hitRule(rule, match);
      isAllowSpan = true;
    }
    if (isAllowSpan) {
      allowSpans[spanCount * 2] = matches.starts[match] ?? 0;
      allowSpans[spanCount * 2 + 1] = matches.ends[match] ?? 0;
      spanCount++;
    }
  }
  spanCount = addMentionSpans(rules, titleLength, spanCount);
  allowSpanCount = spanCount;
  let foundRoles = 0;
  for (let match = 0; match < count; match++) {
    const isExplained = isInSpan(allowSpans, spanCount, match);
    const pattern = matches.patterns[match] ?? 0;
    roles[match] = isExplained ? 0 : (patternRoles[pattern] ?? 0);
    if (isExplained) continue;
    foundRoles |= roles[match] ?? 0;
    const groupsEnd = patternGroups.starts[pattern + 1] ?? 0;
    for (let entry = patternGroups.starts[pattern] ?? 0; entry < groupsEnd; entry++) {
      groupHits[patternGroups.items[entry] ?? 0] = stamp;
    }
    const rulesEnd = patternKeywordRules.starts[pattern + 1] ?? 0;
    for (let entry = patternKeywordRules.starts[pattern] ?? 0; entry < rulesEnd; entry++) {
      const rule = patternKeywordRules.items[entry] ?? 0;
      if (active[rule] === 1) hitRule(rule, match);
    }
  }

  let alwaysShowMatched = false;
  for (let fired = 0; fired < firedCount; fired++) {
    const ruleIndex = firedRules[fired] ?? 0;
    const rule = termRules[ruleIndex];
    if (rule === undefined) continue;
    if (rule.kind === 'keyword' && !rule.requiredGroups.every((group) => groupHits[group] === stamp)) continue;
    if (rule.kind === 'allow') alwaysShowMatched ||= rule.alwaysShow;
    const outweighed = rule.kind === 'allow' && rule.unlessGroups.length > 0 && isSellersCall(rules, rule, titleLength);
    const delta = rule.kind === 'keyword' ? rule.weight : outweighed ? 0 : -rule.weight * placesApart(ruleIndex);
    // A zero-weight allow rule only explains terms (有挂 in 所有挂牌), as does one whose `unlessSets` matched: it moved
    // nothing itself.
    if (delta === 0 && !rule.alwaysShow) continue;
    reasons.push({ source: rule.kind, id: rule.id, name: rule.name, terms: ruleTerms(ruleIndex), delta });
  }
  return alwaysShowMatched ? foundRoles | ALWAYS_SHOW_MATCHED : foundRoles;
}

/**
 * Whether the current item makes the call an allow rule yields to: a term of one of its `unlessSets` outside allow
 * terms and outside quotes (news quotes what sellers say, 卖挂的常用话术"有需要问我"; a seller says it).
 */
function isSellersCall(rules: CompiledRules, rule: TermRule, titleLength: number): boolean {
  if (!rule.unlessGroups.some((group) => groupHits[group] === stamp)) return false;
  const { patternGroups } = rules;
  for (let match = 0; match < matches.count; match++) {
    const pattern = matches.patterns[match] ?? 0;
    let isUnlessTerm = false;
    const groupsEnd = patternGroups.starts[pattern + 1] ?? 0;
    for (let entry = patternGroups.starts[pattern] ?? 0; entry < groupsEnd && !isUnlessTerm; entry++) {
      isUnlessTerm = rule.unlessGroups.includes(patternGroups.items[entry] ?? 0);
    }
    if (!isUnlessTerm || isInSpan(allowSpans, allowSpanCount, match)) continue;
    if (quoteStamp !== stamp) findQuotes(titleLength);
    if (!isInSpan(quoteSpans, quoteCount, match)) return true;
  }
  return false;
}

/** Finds the quoted parts of the current item into `quoteSpans`. */
function findQuotes(titleLength: number): void {
  quoteStamp = stamp;
  quoteCount = 0;
  for (const part of enclosedParts(normalized, MARK_KIND.quote, MARK_KIND.quote, summaryStart(titleLength))) {
    if (quoteCount === MAX_MATCHES) break;
    quoteSpans[quoteCount * 2] = part.start;
    quoteSpans[quoteCount * 2 + 1] = part.end;
    quoteCount++;
  }
}

/** Whether match `match` lies inside one of the first `count` `[start, end)` pairs of `spans`. */
function isInSpan(spans: Int32Array, count: number, match: number): boolean {
  const start = matches.starts[match] ?? 0;
  const end = matches.ends[match] ?? 0;
  for (let span = 0; span < count; span++) {
    if ((spans[span * 2] ?? 0) <= start && end <= (spans[span * 2 + 1] ?? 0)) return true;
  }
  return false;
}

/**
 * Quoted words that a text reports rather than says (所谓"透视挂", 号称"包赢", "开挂辅助"的广告, "包赢""看透底牌"等, and
 * a quote put as a question in a text that reports: 网上买"斗地主外挂"?警方…, "一分钟学会开挂"？起底…): a quoted part
 * right after or right before a mention word, or right before a question mark where an allow term or a mention word
 * speaks too, explains the matches inside it, as an allow span does. The ads quote too ("情怀游戏字牌辅助"), but beside a
 * cheat word or a time lead, and a quoted question alone ("微乐麻将有透视挂吗"?一分钟教会你) proves nothing. Returns
 * the new span count.
 */
function addMentionSpans(rules: CompiledRules, titleLength: number, spanCount: number): number {
  if (normalized.markCount < 2) return spanCount;
  let hasMention = false;
  for (let match = 0; match < matches.count && !hasMention; match++) {
    hasMention = ((rules.patternRoles[matches.patterns[match] ?? 0] ?? 0) & MATCH_ROLE.mention) !== 0;
  }
  const reportsElsewhere = hasMention || spanCount > 0;
  const summary = summaryStart(titleLength);
  for (const part of enclosedParts(normalized, MARK_KIND.quote, MARK_KIND.quote, summary)) {
    if (isReported(rules, part, hasMention, reportsElsewhere)) {
      allowSpans[spanCount * 2] = part.start;
      allowSpans[spanCount * 2 + 1] = part.end;
      spanCount++;
    }
  }
  return spanCount;
}

/**
 * Whether quoted `part` is reported (see `addMentionSpans`). `hasMention`: a mention word matched somewhere;
 * `reportsElsewhere`: that, or an allow term.
 */
function isReported(rules: CompiledRules, part: EnclosedPart, hasMention: boolean, reportsElsewhere: boolean): boolean {
  if (reportsElsewhere && QUESTION_MARKS.has(sourceText(normalized, part.sourceEnd, part.sourceEnd + 1))) return true;
  if (!hasMention) return false;
  for (let match = 0; match < matches.count; match++) {
    if (!((rules.patternRoles[matches.patterns[match] ?? 0] ?? 0) & MATCH_ROLE.mention)) continue;
    const start = matches.starts[match] ?? 0;
    const end = matches.ends[match] ?? 0;
    const reportsBefore = end <= part.start && part.start - end <= MENTION_GAP;
    const reportsAfter = start >= part.end && start - part.end <= MENTION_GAP;
    if (reportsBefore || reportsAfter) return true;
  }
  return false;
}

/**
 * Finds the topic tags into `topicTags` and returns how many: #话题# (a # closed by the next, with no space between and
 * within MAX_TOPIC_TAG_LENGTH), and #话题 as short-video and notes sites write them (a # whose tag runs to the next
 * space, #, or the end of the title or the summary).
 */
function findTopicTags(): number {
  let count = 0;
  let opening = -1;
  for (let mark = 0; mark < normalized.markCount; mark++) {
    if (normalized.marks[mark * 3] !== MARK_KIND.hash) continue;
    // A # right after a letter or a digit (C#, 1#楼) opens no tag.
    if (opening < 0 && followsWordCharacter(normalized.marks[mark * 3 + 2] ?? 0)) continue;
    if (opening >= 0) {
      const from = (normalized.marks[opening * 3 + 2] ?? 0) + 1;
      const to = normalized.marks[mark * 3 + 2] ?? 0;
      if (to - from <= MAX_TOPIC_TAG_LENGTH && !/\s/u.test(sourceText(normalized, from, to))) {
        count = addTopicTag(count, opening, normalized.marks[mark * 3 + 1] ?? 0);
        opening = -1;
        continue;
      }
      count = addTopicTag(count, opening, openTagEnd(opening));
    }
    opening = mark;
  }
  return opening >= 0 ? addTopicTag(count, opening, openTagEnd(opening)) : count;
}

function followsWordCharacter(source: number): boolean {
  return source > 0 && /[\p{L}\p{N}]/u.test(sourceText(normalized, source - 1, source));
}

/** The unit where the tag opened by hash mark `mark` and never closed ends: at the next space or #, or its part's end. */
function openTagEnd(mark: number): number {
  const from = (normalized.marks[mark * 3 + 2] ?? 0) + 1;
  const rest = sourceText(normalized, from, Math.min(normalized.sourceLength, from + MAX_TOPIC_TAG_LENGTH));
  const end = rest.search(/[\s#＃]/u);
  return unitAtOrAfter(end < 0 ? from + rest.length : from + end);
}

/** Records the tag from hash mark `mark` to unit `end`; returns the new count. */
function addTopicTag(count: number, mark: number, end: number): number {
  if (topicTags.length < (count + 1) * 2) {
    const grown = new Int32Array(topicTags.length * 2);
    grown.set(topicTags);
    topicTags = grown;
  }
  topicTags[count * 2] = normalized.marks[mark * 3 + 1] ?? 0;
  topicTags[count * 2 + 1] = end;
  return count + 1;
}

/** Whether a term of a keyword rule or a keyword set (外挂 in 外挂电梯) lies inside match `match`. */
function holdsOtherTerm(rules: CompiledRules, match: number): boolean {
  const { patternGroups, patternKeywordRules } = rules;
  const start = matches.starts[match] ?? 0;
  const end = matches.ends[match] ?? 0;
  for (let other = 0; other < matches.count; other++) {
    if (other === match || (matches.starts[other] ?? 0) < start || (matches.ends[other] ?? 0) > end) continue;
    const pattern = matches.patterns[other] ?? 0;
    const inRules = patternKeywordRules.starts[pattern] !== patternKeywordRules.starts[pattern + 1];
    const inSets = patternGroups.starts[pattern] !== patternGroups.starts[pattern + 1];
    if (inRules || inSets) return true;
  }
  return false;
}

function isInTopicTag(match: number, tagCount: number): boolean {
  const start = matches.starts[match] ?? 0;
  const end = matches.ends[match] ?? 0;
  for (let tag = 0; tag < tagCount; tag++) {
    if ((topicTags[tag * 2] ?? 0) <= start && end <= (topicTags[tag * 2 + 1] ?? 0)) return true;
  }
  return false;
}

/** How many of the matches kept for term rule `rule` lie apart from those kept before them (overlaps count once). */
function placesApart(rule: number): number {
  const kept = Math.min(ruleTermCounts[rule] ?? 0, MAX_ALLOW_TERMS_COUNTED);
  let places = 0;
  for (let term = 0; term < kept; term++) {
    const match = ruleTermMatches[rule * MAX_REASON_TERMS + term] ?? 0;
    const start = matches.starts[match] ?? 0;
    const end = matches.ends[match] ?? 0;
    let overlaps = false;
    for (let earlier = 0; earlier < term && !overlaps; earlier++) {
      const other = ruleTermMatches[rule * MAX_REASON_TERMS + earlier] ?? 0;
      overlaps = start < (matches.ends[other] ?? 0) && (matches.starts[other] ?? 0) < end;
    }
    if (!overlaps) places++;
  }
  return Math.max(places, 1);
}

/** Records that term rule `rule` matched at `match`: the rule fires, and keeps the match if its pattern is new to it. */
function hitRule(rule: number, match: number): void {
  if (ruleHits[rule] !== stamp) {
    ruleHits[rule] = stamp;
    ruleTermCounts[rule] = 0;
    firedRules[firedCount++] = rule;
  }
  const terms = ruleTermCounts[rule] ?? 0;
  if (terms === MAX_REASON_TERMS) return;
  const pattern = matches.patterns[match];
  for (let term = 0; term < terms; term++) {
    if (matches.patterns[ruleTermMatches[rule * MAX_REASON_TERMS + term] ?? 0] === pattern) return;
  }
  ruleTermMatches[rule * MAX_REASON_TERMS + terms] = match;
  ruleTermCounts[rule] = terms + 1;
}

function scoreRegexRules(rules: CompiledRules, active: Uint8Array, reasons: Reason[]): void {
  let normalizedInput: string | undefined;
  let sourceInput: string | undefined;
  rules.regexRules.forEach((rule, index) => {
    if (active[index] !== 1) return;
    const input = rule.matchNormalized
      ? (normalizedInput ??= normalizedString(normalized))
      : (sourceInput ??= sourceText(normalized, 0, normalized.sourceLength));
    const matcher = rule.regex.matcher(input);
    if (!matcher.find()) return;
    const start = matcher.start();
    const end = matcher.end();
    const term = rule.matchNormalized ? sourceSlice(normalized, start, end) : input.slice(start, end);
    reasons.push({ source: 'regex', id: rule.id, name: rule.name, terms: term === '' ? [] : [term], delta: rule.weight });
  });
}

function scoreSignals(rules: CompiledRules, foundRoles: number, titleLength: number, reasons: Reason[]): void {
  // Both signals are about selling cheats or contacts: without a cheat or contact term there is nothing to find.
  if (foundRoles & MATCH_ROLE.cheat && rules.enabledSignals['signal:template']) {
    const summary = summaryStart(titleLength);
    const template = detectTemplateShape(normalized, matches, roles, summary);
    if (template) reasons.push(signalReason('signal:template', template));
  }
  if (foundRoles & MATCH_ROLE.contact && rules.enabledSignals['signal:contact']) {
    const contact = detectContactBait(normalized, matches, roles, summaryStart(titleLength).unit);
    if (contact) reasons.push(signalReason('signal:contact', contact));
  }
}

function signalReason(id: BuiltInSignalId, evidence: SignalEvidence): Reason {
  return { source: 'signal', id, name: builtInSignalName(id), terms: evidence.terms, delta: evidence.delta };
}

/** Units of normalised text from which the model speaks with its full weight (see `scoreModel`). */
const MODEL_FULL_LENGTH = 6;

function scoreModel(rules: CompiledRules, reasons: Reason[]): void {
  const { model } = rules;
  if (model === undefined || !rules.enabledSignals.model || normalized.length === 0) return;
  const { logit, strongestSpam, strongestReal } = scoreNgramModel(model, normalized);
  // A short text has few n-grams, and one or two strong ones saturate the logit (a tag link 微乐麻将 read as spam):
  // below MODEL_FULL_LENGTH units the model says proportionally less.
  const confidence = Math.min(1, normalized.length / MODEL_FULL_LENGTH);
  const delta = roundTenth(Math.max(-model.cap, Math.min(model.cap, logit * model.gain)) * confidence);
  if (delta === 0) return;
  const position = delta > 0 ? strongestSpam : strongestReal;
  const term = position < 0 ? '' : sourceSlice(normalized, Math.max(0, position - 1), position + 1).trim();
  reasons.push({ source: 'model', id: 'model', name: builtInSignalName('model'), terms: term === '' ? [] : [term], delta });
}

/**
 * Where the summary begins: its first unit (the first whose source lies past the title and its separator) and its
 * source index.
 */
function summaryStart(titleLength: number): SummaryStart {
  return { unit: unitAtOrAfter(titleLength + 1), source: titleLength + 1 };
}

/** The first unit whose character stands at or after `source` in the source (`normalized.length` if none). */
function unitAtOrAfter(source: number): number {
  // Source indices grow with units: binary search.
  let low = 0;
  let high = normalized.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((normalized.sourceIndex[middle] ?? 0) < source) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The terms of a rule's recorded matches, as the page showed them. */
function ruleTerms(rule: number): string[] {
  const terms: string[] = [];
  for (let term = 0; term < (ruleTermCounts[rule] ?? 0); term++) {
    const match = ruleTermMatches[rule * MAX_REASON_TERMS + term] ?? 0;
    // A match starts and ends on kept characters, so the slice needs no trimming.
    terms.push(sourceSlice(normalized, matches.starts[match] ?? 0, matches.ends[match] ?? 0));
  }
  return terms;
}

function activeRules(rules: CompiledRules, host: string): { termRules: Uint8Array; regexRules: Uint8Array } {
  if (hostCache?.rules !== rules || hostCache.host !== host) {
    hostCache = {
      rules,
      host,
      termRules: Uint8Array.from(rules.termRules, (rule) => (appliesToHost(rule.hosts, host) ? 1 : 0)),
      regexRules: Uint8Array.from(rules.regexRules, (rule) => (appliesToHost(rule.hosts, host) ? 1 : 0)),
    };
  }
  return hostCache;
}

/**
 * Sorts by |delta|, largest first, equal ones in the order they were added. An insertion sort: an item has a handful
 * of reasons, fewer than it takes `Array.prototype.sort` to set up.
 */
function sortByStrength(reasons: Reason[]): void {
  for (let index = 1; index < reasons.length; index++) {
    const reason = reasons[index] as Reason;
    const strength = Math.abs(reason.delta);
    let position = index;
    for (; position > 0 && Math.abs((reasons[position - 1] as Reason).delta) < strength; position--) {
      reasons[position] = reasons[position - 1] as Reason;
    }
    reasons[position] = reason;
  }
}

function sumDeltas(reasons: readonly Reason[]): number {
  let sum = 0;
  for (const reason of reasons) sum += reason.delta;
  return sum;
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
