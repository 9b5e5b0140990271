/**
 * What the options page's sections share: the current rule state (kept fresh from storage), the status line, the
 * rule selection (for export), and `run`, which sends one command and reports the outcome in the status line,
 * with an undo action where the command can be undone.
 */
import { localizeText, type BackgroundResult, type PrivilegedCommand } from '@/src/messages';
import type { RuleState } from '@/src/storage/rule-state';
import { t } from '@/src/ui/i18n';
import { sendCommand } from '@/src/ui/send-command';
import type { StatusLine } from '@/src/ui/status-line';

export interface RunOptions {
  /** Shown when the command succeeded. */
  done?: string;
  /** Offered as 撤销 after success. */
  undo?: () => Promise<BackgroundResult<unknown>>;
  /** Shown when the undo succeeded. */
  undone?: string;
}

export interface OptionsContext {
  readonly state: RuleState;
  onState(listener: (state: RuleState) => void): void;
  status: StatusLine;
  selection: Set<string>;
  onSelection(listener: () => void): void;
  changeSelection(change: (selection: Set<string>) => void): void;
  run<T = undefined>(command: PrivilegedCommand, options?: RunOptions): Promise<BackgroundResult<T>>;
  /** Moves to a section and focuses its heading (links between sections, 导出所选). */
  goTo(sectionId: string): void;
}

export function createOptionsContext(initial: RuleState, status: StatusLine): OptionsContext & { setState(state: RuleState): void } {
  let state = initial;
  const stateListeners: ((state: RuleState) => void)[] = [];
  const selectionListeners: (() => void)[] = [];
  const selection = new Set<string>();

  async function run<T>(command: PrivilegedCommand, options: RunOptions = {}): Promise<BackgroundResult<T>> {
    const result = await sendCommand<T>(command);
    if (!result.ok) {
      status.show(t('ui_errorPrefix', localizeText(result.error)), { error: true });
      return result;
    }
    const undo = options.undo;
    if (options.done !== undefined) {
      status.show(
        options.done,
        undo === undefined
          ? {}
          : {
              action: {
                label: t('ui_undo'),
                run: async () => {
                  const undone = await undo();
                  if (undone.ok) status.show(options.undone ?? t('options_undone'));
                  else status.show(t('ui_errorPrefix', localizeText(undone.error)), { error: true });
                },
              },
            },
      );
    }
    return result;
  }

  return {
    get state() {
      return state;
    },
    setState(next) {
      state = next;
      // Ids that no longer exist leave the selection.
      const ids = new Set([
        ...next.userRules.rules.map((rule) => rule.id),
        ...next.defaultRules.rules.map((rule) => rule.id),
      ]);
      let changed = false;
      for (const id of selection) {
        if (!ids.has(id)) changed = selection.delete(id) || changed;
      }
      stateListeners.forEach((listener) => listener(next));
      if (changed) selectionListeners.forEach((listener) => listener());
    },
    onState: (listener) => void stateListeners.push(listener),
    status,
    selection,
    onSelection: (listener) => void selectionListeners.push(listener),
    changeSelection(change) {
      change(selection);
      selectionListeners.forEach((listener) => listener());
    },
    run,
    goTo(sectionId) {
      const heading = document.querySelector<HTMLElement>(`#${sectionId} h2`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    },
  };
}
