/**
 * Collapsing on the page: hidden elements get `data-jingdu-hidden` (our style sheet hides them with
 * `display: none !important`), and in placeholder mode each run of consecutive collapsed items gets one placeholder
 * in front of it ("已折叠 3 条"). Its button reveals the whole run and collapses it again. Nothing of the page is
 * removed or moved: undoing is removing our attribute and our placeholder.
 *
 * A run is a set of registered items whose elements follow each other as siblings with nothing of the page between
 * them, all in the same state (collapsed or revealed). Runs are kept up to date locally: an item joins the run just
 * before or after it, two runs it bridges merge, and leaving a run rebuilds what is left of it.
 */
import type { CollapseMode } from '@/src/storage/settings-schema';
import type { HiddenItemRegistry, ItemRecord } from '@/src/page/hidden-item-registry';
import { HIDDEN_ATTRIBUTE, nextPageSibling, previousPageSibling } from '@/src/page/own-nodes';
import { createPlaceholder, placeholderReasons, type Placeholder } from '@/src/page/placeholder';
import type { Translate } from '@/src/page/translate';

interface Run {
  records: ItemRecord[];
  placeholder: Placeholder;
  revealed: boolean;
}

export interface CollapserOptions {
  registry: HiddenItemRegistry;
  translate: Translate;
  language: string;
  mode: CollapseMode;
  /** After the user toggled a run with its button (the guard reports the new state). */
  onToggled(): void;
}

/** How often a page may move one of our placeholders away before we stop putting it back. */
const MAX_PLACEHOLDER_REPAIRS = 50;

export class Collapser {
  readonly #options: CollapserOptions;
  #mode: CollapseMode;
  readonly #runOf = new Map<ItemRecord, Run>();
  readonly #runByNode = new WeakMap<Element, Run>();
  readonly #repairs = new WeakMap<Run, number>();

  constructor(options: CollapserOptions) {
    this.#options = options;
    this.#mode = options.mode;
  }

  get mode(): CollapseMode {
    return this.#mode;
  }

  /** Shows `record` as its state says: hidden or revealed, in the right run. Call again after its state changed. */
  place(record: ItemRecord): void {
    this.#leaveRun(record);
    applyHidden(record);
    if (this.#usesPlaceholders(record)) this.#joinRun(record);
  }

  /** Undoes everything for `record`: its elements show, and it leaves its run. */
  release(record: ItemRecord): void {
    this.#leaveRun(record);
    for (const element of record.elements) element.removeAttribute(HIDDEN_ATTRIBUTE);
  }

  setMode(mode: CollapseMode, records: readonly ItemRecord[]): void {
    if (mode === this.#mode) return;
    for (const record of records) this.#leaveRun(record);
    this.#mode = mode;
    for (const record of sortInDocumentOrder(records)) this.place(record);
  }

  /**
   * A placeholder node of ours was added or removed by someone else (the page moved it, or took it out). Puts it
   * back in front of its run, a bounded number of times. Returns false for nodes that are not a current placeholder.
   */
  repairPlaceholder(node: Element): boolean {
    const run = this.#runByNode.get(node);
    if (run === undefined || run.placeholder.node !== node) return false;
    const first = run.records[0]?.elements[0];
    if (first === undefined || !first.isConnected) return true;
    if (node.isConnected && nextPageSibling(node) === first) return true;
    const repairs = (this.#repairs.get(run) ?? 0) + 1;
    this.#repairs.set(run, repairs);
    if (repairs <= MAX_PLACEHOLDER_REPAIRS) first.parentNode?.insertBefore(node, first);
    return true;
  }

  /** The run a placeholder node stands for, for tests and the picker. */
  isCurrentPlaceholder(node: Element): boolean {
    return this.#runByNode.get(node)?.placeholder.node === node;
  }

  #usesPlaceholders(record: ItemRecord): boolean {
    return this.#mode === 'placeholder' && !record.bySelector;
  }

  #joinRun(record: ItemRecord): void {
    const first = record.elements[0];
    const last = record.elements.at(-1);
    if (first === undefined || last === undefined || first.parentNode === null) return;
    const previousRun = this.#adjacentRun(previousPageSibling(first), record.revealed);
    const nextRun = this.#adjacentRun(nextPageSibling(last), record.revealed);
    if (previousRun !== undefined) {
      previousRun.records.push(record);
      this.#runOf.set(record, previousRun);
      if (nextRun !== undefined && nextRun !== previousRun) {
        for (const next of nextRun.records) {
          previousRun.records.push(next);
          this.#runOf.set(next, previousRun);
        }
        this.#dropRun(nextRun);
      }
      this.#render(previousRun);
    } else if (nextRun !== undefined) {
      nextRun.records.unshift(record);
      this.#runOf.set(record, nextRun);
      first.parentNode.insertBefore(nextRun.placeholder.node, first);
      this.#render(nextRun);
    } else {
      const run: Run = {
        records: [record],
        revealed: record.revealed,
        placeholder: createPlaceholder({
          document: first.ownerDocument,
          translate: this.#options.translate,
          language: this.#options.language,
          before: first,
          onToggle: () => this.#toggle(run),
        }),
      };
      this.#runOf.set(record, run);
      this.#runByNode.set(run.placeholder.node, run);
      first.parentNode.insertBefore(run.placeholder.node, first);
      this.#render(run);
    }
  }

  #adjacentRun(element: Element | null, revealed: boolean): Run | undefined {
    if (element === null) return undefined;
    const record = this.#options.registry.recordOf(element);
    // A neighbour that only stands for a record (a comment whose own parts are hidden inside it) is no hidden neighbour.
    if (record === undefined || !record.elements.includes(element)) return undefined;
    const run = this.#runOf.get(record);
    return run !== undefined && run.revealed === revealed ? run : undefined;
  }

  #leaveRun(record: ItemRecord): void {
    const run = this.#runOf.get(record);
    if (run === undefined) return;
    this.#runOf.delete(record);
    const rest = run.records.filter((member) => member !== record);
    this.#dropRun(run);
    // What is left may no longer be one run: rebuild it from its members, in order.
    for (const member of rest) this.#runOf.delete(member);
    for (const member of rest) this.#joinRun(member);
  }

  /** Ends a run: its placeholder leaves the page and is no longer one of ours to repair. */
  #dropRun(run: Run): void {
    this.#runByNode.delete(run.placeholder.node);
    run.placeholder.node.remove();
    run.records = [];
  }

  #toggle(run: Run): void {
    run.revealed = !run.revealed;
    for (const record of run.records) {
      record.revealed = run.revealed;
      applyHidden(record);
    }
    this.#render(run);
    this.#options.onToggled();
  }

  #render(run: Run): void {
    const shortestTitle = run.records.reduce(
      (shortest, record) => (shortest === '' || record.title.length < shortest.length ? record.title : shortest),
      '',
    );
    run.placeholder.update({
      count: run.records.length,
      reasons: placeholderReasons(
        run.records.map((record) => record.reasons),
        shortestTitle,
        this.#options.translate,
      ),
      revealed: run.revealed,
    });
  }
}

function applyHidden(record: ItemRecord): void {
  for (const element of record.elements) {
    if (record.revealed) element.removeAttribute(HIDDEN_ATTRIBUTE);
    else if (!element.hasAttribute(HIDDEN_ATTRIBUTE)) element.setAttribute(HIDDEN_ATTRIBUTE, '');
  }
}

export function sortInDocumentOrder(records: readonly ItemRecord[]): ItemRecord[] {
  return [...records].sort((first, second) => {
    const a = first.elements[0];
    const b = second.elements[0];
    if (a === undefined || b === undefined || a === b) return 0;
    return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
  });
}
