/**
 * What a rule command does to the stored rules, as a pure function of the latest stored state and the time: no
 * storage, no browser. The caller (`run-rule-command.ts`) validates the resulting list and writes the change in one
 * step; a command that cannot apply returns an error value.
 */
import type { z } from 'zod';

import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { formatIssuePath } from '@/src/engine/format-issue-path';
import { clauses, concatenation, localizable, type Substitution } from '@/src/engine/localizable-text';
import { keywordSetSchema, ruleSchema, type KeywordSet, type Rule, type RuleList } from '@/src/engine/rule-schema';
import { errorResult, type BackgroundResult, type ErrorKey } from '@/src/messages';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import { describeOverLimit, previewImport } from '@/src/rules-io/preview-import';
import { describeRuleFileProblem } from '@/src/rules-io/rule-file-problem';
import { isDefaultId } from '@/src/background/is-default-id';
import type { CheckedCommand } from '@/src/background/parse-background-message';
import {
  EMPTY_USER_RULES,
  type DefaultRuleState,
  type DefaultsNotice,
  type RuleTimes,
  type StoredUserRules,
  type UndoAction,
  type UndoSnapshot,
} from '@/src/storage/storage-items';

export interface RuleStoreState {
  userRules: StoredUserRules;
  defaultRuleState: DefaultRuleState;
  undoSnapshot: UndoSnapshot | null;
  /** Kept with the rule store so that an update notes the new default list and its notice in one write. */
  defaultsNotice: DefaultsNotice | null;
}

/** The parts of the state a command replaces; absent parts stay as they are. */
export type RuleStoreChange = Partial<RuleStoreState>;

export type RuleCommand = Extract<CheckedCommand, { type: `rules/${string}` }>;

export function applyRuleCommand(state: RuleStoreState, command: RuleCommand, now: number): BackgroundResult<RuleStoreChange> {
  const { list, ruleTimes } = state.userRules;
  switch (command.type) {
    case 'rules/upsert': {
      const rules = parseItems(command.rules, ruleSchema.safeParse, 'error_ruleInvalid');
      if (!rules.ok) return rules;
      const keywordSets = parseItems(command.keywordSets ?? [], keywordSetSchema.safeParse, 'error_keywordSetInvalid');
      if (!keywordSets.ok) return keywordSets;
      return changed({ userRules: upsert(state.userRules, rules.value, keywordSets.value, now) });
    }
    case 'rules/delete': {
      const ids = new Set(command.ids);
      const defaults = command.ids.filter(isDefaultId);
      if (defaults.length > 0) return errorResult('error_defaultNotDeletable', defaults[0]!);
      const rules = list.rules.filter((rule) => !ids.has(rule.id));
      const keywordSets = list.keywordSets.filter((set) => !ids.has(set.id));
      if (rules.length === list.rules.length && keywordSets.length === list.keywordSets.length) {
        return errorResult('error_nothingToDelete');
      }
      return changed({ userRules: withTimes({ ...list, rules, keywordSets }, ruleTimes) });
    }
    case 'rules/set-enabled': {
      const { id, enabled } = command;
      if (list.rules.some((rule) => rule.id === id) || list.keywordSets.some((set) => set.id === id)) {
        const toggle = <T extends { id: string; enabled: boolean }>(item: T): T => (item.id === id ? { ...item, enabled } : item);
        const times = { ...ruleTimes };
        if (list.rules.some((rule) => rule.id === id)) times[id] = { ...times[id], updatedAt: now };
        return changed({
          userRules: { list: { ...list, rules: list.rules.map(toggle), keywordSets: list.keywordSets.map(toggle) }, ruleTimes: times },
        });
      }
      if (!isDefaultId(id)) return errorResult('error_noSuchRule');
      // Switches for default rules are kept by id, apart from the default list, so a new default list keeps them.
      const disabled = new Set(state.defaultRuleState.disabledIds);
      if (enabled) disabled.delete(id);
      else disabled.add(id);
      return changed({ defaultRuleState: { ...state.defaultRuleState, disabledIds: [...disabled] } });
    }
    case 'rules/import': {
      const incoming = checkRuleList(command.list);
      if (!incoming.ok) return errorResult('error_importInvalid', clauses(incoming.problems.slice(0, 3).map(describeRuleFileProblem)));
      const preview = previewImport(list, incoming.list, command.mode);
      if (preview.overLimit !== undefined) return { ok: false, error: describeOverLimit(preview.overLimit) };
      const times: Record<string, RuleTimes> = { ...ruleTimes };
      for (const rule of preview.added) times[rule.id] = { createdAt: now, updatedAt: now };
      for (const { after } of preview.changed) times[after.id] = { ...times[after.id], updatedAt: now };
      const action: UndoAction = {
        kind: 'import',
        mode: command.mode,
        added: preview.added.length,
        changed: preview.changed.length,
        removed: preview.removed.length,
      };
      return changed({
        userRules: withTimes(preview.result, times),
        undoSnapshot: snapshotOf(state, action, now),
      });
    }
    case 'rules/undo':
      if (state.undoSnapshot === null) return errorResult('error_nothingToUndo');
      return changed({
        userRules: state.undoSnapshot.userRules,
        defaultRuleState: { ...state.undoSnapshot.defaultRuleState, seenVersion: state.defaultRuleState.seenVersion },
        undoSnapshot: null,
      });
    case 'rules/dismiss-defaults-notice':
      return changed({ defaultsNotice: null });
    case 'rules/reset':
      return changed({
        userRules: EMPTY_USER_RULES,
        defaultRuleState: { ...state.defaultRuleState, disabledIds: [] },
        undoSnapshot: snapshotOf(state, { kind: 'reset' }, now),
      });
  }
}

/** Adds rules and keyword sets, or replaces the ones with the same id in place; stamps when. */
function upsert(userRules: StoredUserRules, rules: Rule[], keywordSets: KeywordSet[], now: number): StoredUserRules {
  const times = { ...userRules.ruleTimes };
  const existing = new Set(userRules.list.rules.map((rule) => rule.id));
  for (const rule of rules) {
    times[rule.id] = existing.has(rule.id) ? { ...times[rule.id], updatedAt: now } : { createdAt: now, updatedAt: now };
  }
  const list = {
    ...userRules.list,
    rules: replaceOrAppend(userRules.list.rules, rules),
    keywordSets: replaceOrAppend(userRules.list.keywordSets, keywordSets),
  };
  return withTimes(list, times);
}

function replaceOrAppend<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const result = current.map((item) => byId.get(item.id) ?? item);
  const present = new Set(current.map((item) => item.id));
  return [...result, ...incoming.filter((item) => !present.has(item.id))];
}

/** Keeps times only for rules still in the list. */
function withTimes(list: RuleList, times: Record<string, RuleTimes>): StoredUserRules {
  const ruleTimes: Record<string, RuleTimes> = {};
  for (const rule of list.rules) {
    const time = times[rule.id];
    if (time !== undefined) ruleTimes[rule.id] = time;
  }
  return { list, ruleTimes };
}

function snapshotOf(state: RuleStoreState, action: UndoAction, now: number): UndoSnapshot {
  return { action, takenAt: now, userRules: state.userRules, defaultRuleState: state.defaultRuleState };
}

type SafeParse<T> = (input: unknown) => { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };

/** Parses each item on its own, so a problem names the item (its position and name) instead of a path in the list. */
function parseItems<T>(inputs: readonly unknown[], parse: SafeParse<T>, key: ErrorKey): BackgroundResult<T[]> {
  const items: T[] = [];
  for (const [index, input] of inputs.entries()) {
    const parsed = parse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const name = typeof input === 'object' && input !== null && 'name' in input && typeof input.name === 'string' ? input.name : '';
      // Where in the item: its name as the user knows it, then the field; either may be missing (then so is the space).
      const parts: Substitution[] = [
        ...(name === '' ? [] : [localizable('problem_quotedName', name.slice(0, 40))]),
        ...(issue.path.length === 0 ? [] : [formatIssuePath(issue.path)]),
      ];
      const place = concatenation(parts.flatMap((part) => [' ', part]));
      return errorResult(key, String(index + 1), place, describeSchemaIssue(issue, input));
    }
    items.push(parsed.data);
  }
  return { ok: true, value: items };
}

function changed(change: RuleStoreChange): BackgroundResult<RuleStoreChange> {
  return { ok: true, value: change };
}
