/**
 * Every item the guard has collapsed or hidden on this page, with why: what the popup lists, what the badge counts,
 * and what "restore" undoes. Item ids are unique across the frames of a tab (each frame has its own prefix).
 */
import type { Reason } from '@/src/engine/verdict';
import type { HiddenItemSummary } from '@/src/messages';

export interface ItemRecord {
  readonly itemId: string;
  /** The item's elements (a title/summary group has several), in document order: what is hidden. */
  elements: Element[];
  /**
   * The element that stands for the item: its first element, or, for an item holding entries of its own (a comment
   * and its replies), the item around the parts that are hidden. The record is found by it as by its elements.
   */
  readonly head: Element;
  title: string;
  score: number;
  reasons: Reason[];
  /** Hidden by a site rule's always-hide selector rather than by a verdict. */
  readonly bySelector: boolean;
  revealed: boolean;
  /** The rescan that last confirmed this item; older ones are released when a rescan finishes. */
  generation: number;
}

export class HiddenItemRegistry {
  readonly #records = new Map<string, ItemRecord>();
  readonly #byElement = new WeakMap<Element, ItemRecord>();
  readonly #prefix: string;
  #nextId = 0;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  get size(): number {
    return this.#records.size;
  }

  add(record: Omit<ItemRecord, 'itemId'>): ItemRecord {
    this.#nextId += 1;
    const stored: ItemRecord = { ...record, itemId: `${this.#prefix}-${this.#nextId}` };
    this.#records.set(stored.itemId, stored);
    this.#byElement.set(stored.head, stored);
    for (const element of stored.elements) this.#byElement.set(element, stored);
    return stored;
  }

  /** Replaces the record's elements (a group grew or shrank). */
  setElements(record: ItemRecord, elements: Element[]): void {
    for (const element of record.elements) if (this.#byElement.get(element) === record) this.#byElement.delete(element);
    record.elements = elements;
    this.#byElement.set(record.head, record);
    for (const element of elements) this.#byElement.set(element, record);
  }

  delete(record: ItemRecord): void {
    this.#records.delete(record.itemId);
    if (this.#byElement.get(record.head) === record) this.#byElement.delete(record.head);
    for (const element of record.elements) if (this.#byElement.get(element) === record) this.#byElement.delete(element);
  }

  get(itemId: string): ItemRecord | undefined {
    return this.#records.get(itemId);
  }

  recordOf(element: Element): ItemRecord | undefined {
    return this.#byElement.get(element);
  }

  records(): ItemRecord[] {
    return [...this.#records.values()];
  }

  summaries(): HiddenItemSummary[] {
    return this.records().map((record) => ({
      itemId: record.itemId,
      title: record.title,
      score: record.score,
      reasons: record.reasons,
      bySelector: record.bySelector,
      revealed: record.revealed,
    }));
  }
}
