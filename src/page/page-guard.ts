/**
 * The page guard's core: what is judged when, and what the page then shows. No extension APIs here (those are wired
 * in start-page-guard.ts), so it runs the same in a unit test's DOM as in a page.
 *
 * Work is a queue of nodes to look at: the whole document (and each open shadow root, and each same-origin frame we
 * adopt) when the guard starts or the rules change, and afterwards only what mutation records name: added subtrees,
 * parents of changed text. A batch's cost grows with what changed, never with the page.
 *
 * The mutation observer's callback runs as a microtask, before the browser paints: a spam item the page inserts is
 * hidden in the same turn, so it is never painted. Large batches run up to a budget there and go on in per-frame
 * slices (during the first parse the budget is larger: blocking a little before the first paint beats a flash).
 */
import type { ItemText, Verdict } from '@/src/engine/verdict';
import type { PageStatus } from '@/src/messages';
import { Collapser, sortInDocumentOrder } from '@/src/page/collapse-item';
import {
  START_SELECTOR,
  findItemHead,
  findStartlessEntries,
  isItemHead,
  isStart,
  readItemAt,
  readListItem,
  similarSiblings,
  type ClimbMemo,
  type ListItem,
} from '@/src/page/find-list-items';
import type { GuardConfig } from '@/src/page/guard-config';
import { HiddenItemRegistry, type ItemRecord } from '@/src/page/hidden-item-registry';
import { HIDDEN_ATTRIBUTE, isOwnNode } from '@/src/page/own-nodes';
import { ensurePageStyle } from '@/src/page/page-style';
import { PageMetrics } from '@/src/page/page-metrics';
import { readVisibleText } from '@/src/page/read-item-text';
import { isExcepted, matchAround, readSiteItem } from '@/src/page/site-rule-items';
import { TimeSlicer, type SliceScheduler } from '@/src/page/time-slicer';
import type { Translate } from '@/src/page/translate';

export interface PageGuardOptions {
  document: Document;
  host: string;
  /** Prefix of item ids, unique per frame. */
  idPrefix: string;
  translate: Translate;
  language: string;
  scheduler: SliceScheduler;
  now(): number;
  /** The set of hidden items changed (count, or revealed state): report it. */
  onStateChange(): void;
}

const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Work done in the observer callback before the rest goes to frame slices, in ms. */
const SYNC_BUDGET_MS = 8;
/** While the document is still loading nothing has been painted yet: finish more before the first paint. */
const LOADING_BUDGET_MS = 50;
const SLICE_BUDGET_MS = 8;
/** How many queued starts run between two looks at the clock (one queued node can be a whole subtree: after each). */
const CLOCK_EVERY = 16;
const MAX_CACHED_VERDICTS = 5_000;
/** How far up a queued node looks for an ancestor already looked at in the same slice. */
const COVER_LOOKUP_DEPTH = 8;
/** How far up a changed node looks for the item that holds it. */
const ENCLOSING_LOOKUP_DEPTH = 8;

/**
 * Common tags that can neither carry a shadow root (only custom elements and a few block tags can) nor be a frame:
 * `#discoverRoots` leaves them to the selector engine, which skips them without a call into our script for each (a
 * news list is mostly `li`, `a` and `img`), and `#discoverRootAt` without asking for a shadow root.
 */
const NO_ROOT_TAGS = [
  'a', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'img', 'picture',
  'source', 'br', 'hr', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'font', 'time', 'cite', 'label', 'code', 'pre',
  'sup', 'sub', 'button', 'input', 'select', 'option', 'textarea', 'form', 'figure', 'figcaption', 'script', 'style',
  'link', 'meta', 'noscript', 'template', 'svg', 'path', 'g', 'use', 'head', 'title',
];
const NO_ROOT_TAG_SET = new Set(NO_ROOT_TAGS);
/** Elements we collapsed (see `#releaseNestedNonItems`). */
const HIDDEN_SELECTOR = `[${HIDDEN_ATTRIBUTE}]`;
const MAY_HOLD_ROOT_SELECTOR = `:not(${NO_ROOT_TAGS.join(', ')})`;

type Root = Document | ShadowRoot;

/** Whether `head` is one of `item`'s nested entries, or the wrapper that holds only one (see `wrapperOf`). */
function isNestedIn(item: ListItem, head: Element): boolean {
  return item.nested?.some((entry) => entry === head || head.contains(entry)) === true;
}

/** `entry`, or the outermost element inside `item` that holds nothing else (a reply card's own wrapper). */
function wrapperOf(entry: Element, item: Element): Element {
  let wrapper = entry;
  for (let parent = wrapper.parentElement; parent !== null && parent !== item && parent.childElementCount === 1; parent = parent.parentElement) {
    wrapper = parent;
  }
  return wrapper;
}

/** What one observer callback has noted so far (see `#noteRecord`). */
interface NotedRecords {
  /** Nodes whose parent was queued: the look at the queued node covers them. */
  passedOver: Set<Node>;
  /** Elements of the page added in this callback (queued or passed over), and nodes inside them. */
  added: Set<Node>;
  /** An element of the page was removed in this callback (it may come back inside an added one: a move). */
  sawRemoval: boolean;
  /** The records were taken right after our own changes: mostly our insertions. */
  areOurs: boolean;
}

function newNotedRecords(areOurs = false): NotedRecords {
  return { passedOver: new Set(), added: new Set(), sawRemoval: false, areOurs };
}

export class PageGuard {
  readonly metrics: PageMetrics;
  readonly #options: PageGuardOptions;
  readonly #registry: HiddenItemRegistry;
  readonly #collapser: Collapser;
  readonly #slicer: TimeSlicer;
  readonly #observer: MutationObserver;
  /** Every root we guard, with our style element in it. */
  readonly #roots = new Map<Root, HTMLStyleElement | undefined>();
  readonly #styleRoots = new WeakMap<Element, Root>();
  #config: GuardConfig | undefined;
  #preparedConfig: GuardConfig | undefined;
  #observing = false;

  /** Nodes whose subtree (and surroundings) must be looked at. Insertion-ordered. */
  readonly #pending = new Set<Node>();
  /** Starts found by querying a pending container, run a few at a time. */
  #starts: Element[] = [];
  #startIndex = 0;
  /** Per slice: climbs and items already handled in it. */
  #memo: ClimbMemo = new Map();
  /** Per slice: heads already considered, and whether each was an acceptable item. */
  #seen = new Map<Element, boolean>();
  /** Per slice: elements whose whole subtree was looked at; their descendants need no look of their own. */
  #covered = new WeakSet<Element>();
  /** Per slice: whether a parent's subtree is covered (siblings ask for the same parent). */
  #coveredParents = new Map<Element, boolean>();

  /** Per item head: the text last judged and the generation it was judged in. */
  #judged = new WeakMap<Element, { key: string; generation: number }>();
  /** Per judged text: its verdict, and whether it was given for the spam a post reposts (see `#judge`). */
  readonly #verdicts = new Map<string, { verdict: Verdict; isForRepost: boolean }>();
  #generation = 0;
  #rescanning = false;
  #working = false;

  readonly #movedOwnNodes = new Set<Element>();
  readonly #movedItems: Element[] = [];
  #sawRemovals = false;
  /** Some collapsed item has an element out of the document (the page took part of it away, and may put it back). */
  #hasDetachedParts = false;
  readonly #lateShadowHosts = new Set<Element>();
  readonly #watchedFrames = new WeakSet<Element>();
  #lastReportedCount = -1;

  constructor(options: PageGuardOptions) {
    this.#options = options;
    this.metrics = new PageMetrics(options.now);
    this.#registry = new HiddenItemRegistry(options.idPrefix);
    this.#collapser = new Collapser({
      registry: this.#registry,
      translate: options.translate,
      language: options.language,
      mode: 'placeholder',
      onToggled: () => this.#reportState(true),
    });
    this.#slicer = new TimeSlicer(options.scheduler, () => this.#safely(() => this.#work(SLICE_BUDGET_MS)));
    this.#observer = new MutationObserver((records) => this.#safely(() => this.#onMutations(records)));
    this.#roots.set(options.document, undefined);
  }

  get isActive(): boolean {
    return this.#config?.active === true;
  }

  get hiddenCount(): number {
    return this.#registry.size;
  }

  configure(config: GuardConfig): void {
    this.#safely(() => {
      const previous = this.#config;
      this.#config = config;
      if (!config.active) {
        if (previous?.active === true) this.#deactivate();
        return;
      }
      this.#collapser.setMode(config.collapseMode, this.#registry.records());
      if (previous?.active !== true) {
        this.#activate();
      } else if (previous.judgingKey !== config.judgingKey) {
        this.#rescan();
      }
    });
  }

  /** Guards another root: an open shadow root, or the document of a same-origin frame our script does not run in. */
  addRoot(root: Root): void {
    if (this.#roots.has(root)) return;
    this.#roots.set(root, undefined);
    if (this.isActive) this.#startRoot(root);
  }

  /** The popup's "show" / "collapse again" for one item. */
  setRevealed(itemId: string, revealed: boolean): boolean {
    return this.#safely(() => {
      const record = this.#registry.get(itemId);
      if (record === undefined) return false;
      record.revealed = revealed;
      this.metrics.partPerItem('collapseMs', () => this.#collapser.place(record));
      this.#reportState(true);
      return true;
    }) ?? false;
  }

  status(): Omit<PageStatus, 'host'> {
    return { active: this.isActive, hiddenItems: this.#registry.summaries() };
  }

  /** The page's own nodes holding items, for the picker's preview. */
  isCollapsed(element: Element): boolean {
    return this.#registry.recordOf(element) !== undefined;
  }

  /** Restores the page exactly and stops watching (the extension context went away). */
  stop(): void {
    this.#safely(() => this.#deactivate());
  }

  /**
   * The document is parsed: what only the whole page shows is looked for everywhere. Shadow roots a script attached
   * after we saw their host (attaching one is no mutation, so there is nothing to observe), and entries that nothing
   * starts a search from (the parser added them one node at a time, each empty when added).
   */
  onDocumentParsed(): void {
    this.#safely(() => {
      if (!this.isActive) return;
      for (const root of [...this.#roots.keys()]) this.#discoverRoots(root);
      if (this.#config?.generic === true) for (const root of this.#roots.keys()) this.#queueStartless(root);
    });
    this.checkLateShadowRoots();
  }

  /** Looks again for shadow roots attached after their host was first seen: custom elements upgraded later. */
  checkLateShadowRoots(): void {
    this.#safely(() => {
      if (!this.isActive) return;
      for (const host of this.#lateShadowHosts) {
        if (!host.isConnected) this.#lateShadowHosts.delete(host);
        else if (host.shadowRoot !== null) {
          this.#lateShadowHosts.delete(host);
          this.addRoot(host.shadowRoot);
        }
      }
      if (this.#pending.size > 0 || this.#startIndex < this.#starts.length) this.#work(SYNC_BUDGET_MS);
    });
  }

  /** Runs `work` measured, and never lets an exception reach the page. */
  #safely<T>(work: () => T): T | undefined {
    try {
      return this.metrics.measure(work);
    } catch {
      this.metrics.stats.errors += 1;
      return undefined;
    }
  }

  #activate(): void {
    for (const root of this.#roots.keys()) this.#startRoot(root);
    this.#rescan();
  }

  #startRoot(root: Root): void {
    this.#ensureStyle(root);
    this.#observer.observe(root, OBSERVE_OPTIONS);
    this.#observing = true;
    this.#pending.add(root);
  }

  #ensureStyle(root: Root): void {
    const style = ensurePageStyle(root, this.#roots.get(root));
    if (style !== null) {
      this.#roots.set(root, style);
      this.#styleRoots.set(style, root);
    }
  }

  #deactivate(): void {
    this.#observer.disconnect();
    this.#observing = false;
    this.#slicer.cancel();
    this.#pending.clear();
    this.#starts = [];
    this.#startIndex = 0;
    for (const record of this.#registry.records()) {
      this.#collapser.release(record);
      this.#registry.delete(record);
    }
    for (const [root, style] of this.#roots) {
      style?.remove();
      this.#roots.set(root, undefined);
      if (root.nodeType === 9 && root !== this.#options.document) {
        (root as Document).documentElement?.removeAttribute('data-jingdu');
      }
    }
    this.#judged = new WeakMap();
    this.#verdicts.clear();
    this.#rescanning = false;
    this.#reportState(true);
  }

  /** Looks at every root again (rules changed, or the guard just started); items no longer spam are released. */
  #rescan(): void {
    this.#generation += 1;
    this.#verdicts.clear();
    this.#rescanning = true;
    for (const root of this.#roots.keys()) this.#pending.add(root);
    this.#work(this.#budget());
  }

  #budget(): number {
    return this.#options.document.readyState === 'loading' ? LOADING_BUDGET_MS : SYNC_BUDGET_MS;
  }

  #onMutations(records: MutationRecord[]): void {
    if (!this.isActive) return;
    const isLoading = this.#options.document.readyState === 'loading';
    const noted = newNotedRecords();
    for (const record of records) this.#noteRecord(record, noted, isLoading);
    this.#work(this.#budget());
    // Our own insertions (placeholders) were recorded too: look at them now, not in another callback.
    const ownRecords = newNotedRecords(true);
    for (const record of this.#observer.takeRecords()) this.#noteRecord(record, ownRecords, isLoading);
    if (this.#pending.size > 0 || this.#movedOwnNodes.size > 0 || this.#movedItems.length > 0) this.#work(SYNC_BUDGET_MS);
  }

  /**
   * Notes what one mutation record asks to look at. A node whose parent is already queued (or was passed over for
   * that reason in this callback) is passed over too: looking at the queued ancestor covers it. While the parser
   * runs, that turns one record per parsed node into one look per list entry; the records of what the parser then
   * adds inside the entry are not even read (see `#isInsideNew`).
   */
  #noteRecord(record: MutationRecord, noted: NotedRecords, isLoading: boolean): void {
    const target = record.target;
    const targetType = target.nodeType;
    // The root element arrived (we started before it existed): our style sheet goes in now.
    if (targetType === 9 && this.#roots.get(target as Document) === undefined) this.#ensureStyle(target as Document);
    // Text changed: only character data (never an element, a document or a shadow root) has characterData records.
    // (Telling the kinds apart by the target spares reading `record.type`, once per record.)
    if (targetType !== 1 && targetType !== 9 && targetType !== 11) {
      const parent = target.parentElement;
      if (parent !== null && !this.#pending.has(parent) && !noted.passedOver.has(parent)) this.#pending.add(parent);
      return;
    }
    if (this.#isInsideNew(target, noted)) return;
    if (targetType === 1 && isOwnNode(target as Element)) return;
    const isTargetQueued = this.#pending.has(target) || noted.passedOver.has(target);
    const watchRegistry = this.#registry.size > 0;
    const added = record.addedNodes;
    for (let index = 0; index < added.length; index += 1) {
      const node = added[index]!;
      if (node.nodeType === 1) {
        const element = node as Element;
        if (isOwnNode(element)) {
          // Ours, moved by the page, unless we just put it there (if the page moved it meanwhile, it was also removed).
          if (!noted.areOurs) this.#movedOwnNodes.add(element);
          continue;
        }
        noted.added.add(element);
        // An item we had collapsed came back (the page moved it): its placeholder must follow.
        if (watchRegistry && this.#registry.recordOf(element) !== undefined) this.#movedItems.push(element);
        if (isTargetQueued) {
          noted.passedOver.add(element);
          continue;
        }
        this.#pending.add(element);
        if (isLoading) this.#discoverRootAt(element);
      } else if (node.nodeType === 3 && targetType === 1 && !isTargetQueued) {
        this.#pending.add(target);
      }
    }
    const removed = record.removedNodes;
    for (let index = 0; index < removed.length; index += 1) {
      const node = removed[index]!;
      if (node.nodeType === 1) {
        if (isOwnNode(node as Element)) this.#movedOwnNodes.add(node as Element);
        else if (watchRegistry) {
          this.#sawRemovals = true;
          noted.sawRemoval = true;
        }
      } else if (node.nodeType === 3 && targetType === 1 && !isTargetQueued) {
        this.#pending.add(target);
      }
    }
  }

  /**
   * True when `node` is, or its parent is, an element added earlier in this callback (queued or passed over, so the
   * look at it covers whatever changes inside it), and nothing of ours can be inside it: no element of the page was
   * removed before in this callback (an item we collapsed that the page moves leaves its place first), and no item of
   * ours is partly out of the document (a part the page took away earlier may come back without a removal).
   */
  #isInsideNew(node: Node, noted: NotedRecords): boolean {
    if (noted.sawRemoval || this.#hasDetachedParts) return false;
    if (noted.added.has(node)) return true;
    const parent = node.parentNode;
    if (parent === null || !noted.added.has(parent)) return false;
    noted.added.add(node);
    return true;
  }

  /** Runs queued work until the budget is spent; the rest goes to the next frame. */
  #work(budgetMs: number): void {
    const config = this.#config;
    if (config === undefined || !config.active || this.#working) return;
    this.#working = true;
    try {
      this.#runQueue(config, budgetMs);
    } finally {
      this.#working = false;
    }
    if (this.#pending.size > 0 || this.#startIndex < this.#starts.length) this.#slicer.schedule();
  }

  #runQueue(config: GuardConfig, budgetMs: number): void {
    const deadline = this.metrics.now() + budgetMs;
    this.#memo = new Map();
    this.#seen = new Map();
    this.#covered = new WeakSet();
    this.#coveredParents = new Map();
    let sinceClock = 0;
    const isOverBudget = () => {
      sinceClock += 1;
      if (sinceClock < CLOCK_EVERY) return false;
      sinceClock = 0;
      return this.metrics.now() >= deadline;
    };

    // One iterator for the whole batch: it also visits nodes queued meanwhile. (Asking the set for its first entry
    // each time would step over every entry deleted before it: quadratic in a batch of thousands.)
    const pending = this.#pending.values();
    let overBudget = false;
    while (!overBudget) {
      if (this.#startIndex < this.#starts.length) {
        const start = this.#starts[this.#startIndex]!;
        this.#startIndex += 1;
        this.#consider(start, config);
        overBudget = isOverBudget();
        continue;
      }
      this.#starts = [];
      this.#startIndex = 0;
      const next = pending.next();
      if (next.done === true) break;
      this.#pending.delete(next.value);
      this.#scanNode(next.value, config);
      overBudget = this.metrics.now() >= deadline;
    }
    this.#finishBatch();
  }

  /** Looks at one queued node: the item it is in, the items in it, and roots (shadow, frames) it brings. */
  #scanNode(node: Node, config: GuardConfig): void {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (!element.isConnected || isOwnNode(element) || this.#isCovered(element)) return;
      this.#covered.add(element);
      if (config.site.itemSelector !== null || config.site.hideSelector !== null) this.#scanSiteRules(element, config);
      if (config.generic) {
        // An added entry is an item of its own, judged on its own words, even with nothing to start from (a comment
        // without a link, posted below its like) and even inside another entry (a reply posted into a comment's reply
        // list: the comment's own words did not change). An entry judged around it may be no item any more (a table
        // row whose second headline cell has just been parsed: its cells are the items).
        const isEntry = isItemHead(element) && this.#considerHead(element, config);
        if (isEntry) this.#releaseEnclosingNonItem(element, config);
        const isInItem = isEntry || this.#considerEnclosingItem(element, config);
        const starts = isInItem || element.firstElementChild === null ? null : element.querySelectorAll(START_SELECTOR);
        if (starts !== null) this.#queueStarts(starts);
        // While the parser runs, the entries are still arriving: the page is swept for them once it is parsed.
        if (starts !== null && this.#options.document.readyState !== 'loading') this.#queueStartless(element);
      }
      // While the parser runs, every element it adds has its own record (looked at in `#noteRecord`); subtrees a
      // script builds then are found by the sweep at DOMContentLoaded. Later insertions are swept here, the element
      // itself included (a component whose shadow tree was attached before it was inserted).
      if (this.#options.document.readyState !== 'loading') this.#discoverRoots(element);
      return;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      const root = node as Root;
      if (node.nodeType === 9) this.#ensureStyle(root);
      if (config.site.itemSelector !== null || config.site.hideSelector !== null) this.#scanSiteRules(root, config);
      if (config.generic) {
        this.#queueStarts(root.querySelectorAll(START_SELECTOR));
        if (this.#options.document.readyState !== 'loading') this.#queueStartless(root);
      }
      this.#discoverRoots(root);
    }
  }

  /**
   * True when an ancestor's subtree was already looked at in this slice (a page that appends a subtree and then
   * fills it produces a record per node; the first look covers them all). Looks a few levels up only, and marks
   * what it passes, so a chain of nested additions costs linear time.
   */
  #isCovered(element: Element): boolean {
    const parent = element.parentElement;
    if (parent === null) return false;
    let covered = this.#coveredParents.get(parent);
    if (covered === undefined) {
      covered = false;
      let ancestor: Element | null = parent;
      for (let steps = 0; ancestor !== null && steps < COVER_LOOKUP_DEPTH; steps += 1, ancestor = ancestor.parentElement) {
        if (this.#covered.has(ancestor)) {
          covered = true;
          break;
        }
      }
      this.#coveredParents.set(parent, covered);
    }
    // Marked, so that a chain of nested additions finds its covered ancestor one step up.
    if (covered) this.#covered.add(element);
    return covered;
  }

  /**
   * Re-judges the item that holds `element` (text or children changed inside it): the nearest start above it (its
   * link, its list entry) leads to the item; an item judged before is recognised directly. Never climbs from the
   * changed node itself, whose own siblings (spans of a split title) are no list. Returns whether `element` is in an
   * acceptable item (then its subtree holds no other item).
   */
  #considerEnclosingItem(element: Element, config: GuardConfig): boolean {
    let current: Element | null = element;
    for (let steps = 0; current !== null && steps <= ENCLOSING_LOOKUP_DEPTH; steps += 1, current = current.parentElement) {
      if (this.#judged.has(current)) return this.#considerHead(current, config);
      if (isStart(current)) {
        const head = findItemHead(current, this.#memo);
        return head !== null && this.#considerHead(head, config);
      }
    }
    return false;
  }

  /** Queues what `START_SELECTOR` found that `isStart` takes (the selector finds more: see there). */
  #queueStarts(found: NodeListOf<Element>): void {
    if (found.length === 0) return;
    this.#dropDoneStarts();
    for (let index = 0; index < found.length; index++) {
      const element = found[index]!;
      if (isStart(element)) this.#starts.push(element);
    }
  }

  /** Queues the entries in `root` that nothing starts a search from (see `findStartlessEntries`). */
  #queueStartless(root: Element | Root): void {
    const entries = findStartlessEntries(root);
    if (entries.length === 0) return;
    this.#dropDoneStarts();
    for (const entry of entries) this.#starts.push(entry);
  }

  #dropDoneStarts(): void {
    if (this.#startIndex >= this.#starts.length) {
      this.#starts = [];
      this.#startIndex = 0;
    }
  }

  #consider(start: Element, config: GuardConfig): void {
    if (config.generic) {
      const head = findItemHead(start, this.#memo);
      if (head !== null) this.#considerHead(head, config);
    }
  }

  /**
   * Judges the item at `head` once per slice; returns whether `head` is an acceptable item. `read` reads it: an entry
   * nested in an item (a reply in a comment that is itself a list entry) is read as itself, not handed back to the
   * entry around it.
   */
  #considerHead(head: Element, config: GuardConfig, read: (head: Element) => ListItem | null = readItemAt): boolean {
    // Once per slice: an element that was no item (a section holding a list) must not pass for one when the next
    // entry in it leads there again, or what is inside it would go unjudged. (An element read as no item by itself
    // may still be found the item of a head inside it: then it is one.)
    const known = this.#seen.get(head);
    if (known !== undefined) return known;
    this.#seen.set(head, false);
    let item = read(head);
    // An entry nested in the item it was handed to (a reply added to, or changed in, a list entry) is its own item.
    if (item !== null && item.head !== head && isNestedIn(item, head)) item = readListItem(head);
    if (item === null) {
      // A head judged before may be no item any more (a table row whose second headline cell has just been parsed:
      // its cells are the items now): let its collapse go.
      this.#forgetItemAt(head);
      return false;
    }
    this.#seen.set(head, true);
    if (item.head !== head) {
      if (this.#seen.get(item.head) === true) return true;
      this.#seen.set(item.head, true);
    }
    const isNew = !this.#isJudgedNow(item.head);
    this.#judge(item, config);
    if (isNew && this.#registry.size > 0) this.#releaseNestedNonItems(item);
    // The entries inside it (replies, answers) are not its words: each is an item, even alone under it.
    if (item.nested !== undefined) for (const entry of item.nested) this.#considerNested(entry, item.head, config);
    // A new entry can turn its neighbours into a list (a feed's third card), and a neighbour may have nothing to start
    // from (a comment without a link): look at them too, as starts of their own, in every pass (a rescan after a rule
    // change must find them again). Not as nodes to scan: they lie in the subtree this batch has just looked at.
    if (isNew && item.head.localName !== 'li' && item.head.localName !== 'tr') {
      for (const sibling of similarSiblings(item.head)) {
        if (!this.#isJudgedNow(sibling) && !this.#seen.has(sibling)) this.#starts.push(sibling);
      }
    }
    return true;
  }

  /**
   * Judges an entry nested in the item at `itemHead` (a reply under a comment): as the repeated element around it
   * inside the item (the reply's wrapper among its siblings), else as itself, and never handed back to the item
   * around it.
   */
  #considerNested(entry: Element, itemHead: Element, config: GuardConfig): void {
    const head = findItemHead(entry, this.#memo);
    const isInside = head !== null && head !== itemHead && itemHead.contains(head);
    this.#considerHead(isInside ? head : wrapperOf(entry, itemHead), config, readListItem);
  }

  /** Lets go the collapse of the generic item at `head`, if it has one (a site rule's stays). */
  #forgetItemAt(head: Element): void {
    const record = this.#registry.recordOf(head);
    if (record !== undefined && !record.bySelector) this.#forget(record);
  }

  /**
   * The nearest item judged around `element` lets its collapse go if it is no item any more, and is judged again if
   * `element` is one of its replies (its words are the same, but what its collapse hides is now its own parts).
   */
  #releaseEnclosingNonItem(element: Element, config: GuardConfig): void {
    let current = element.parentElement;
    for (let steps = 0; current !== null && steps <= ENCLOSING_LOOKUP_DEPTH; steps += 1, current = current.parentElement) {
      if (!this.#judged.has(current)) continue;
      // Looked at in this slice already (the replies a page adds at once each lead here): once is enough.
      if (this.#seen.has(current)) return;
      const item = readItemAt(current);
      if (item === null) this.#forgetItemAt(current);
      else if (item.nested?.some((entry) => entry === element || entry.contains(element)) === true) this.#considerHead(current, config);
      return;
    }
  }

  /**
   * Collapses inside a newly found item whose heads are items no more (the rows of a forum floor judged while the
   * floor was alone, before its like arrived and made it the entry) let go; entries of their own inside it (a reply
   * in a comment) stay.
   */
  #releaseNestedNonItems(item: ListItem): void {
    for (const element of item.elements) {
      // Most new items hold no collapse: a query that stops at the first one and lists nothing, before listing them.
      if (element.querySelector(HIDDEN_SELECTOR) === null) continue;
      for (const hidden of element.querySelectorAll(HIDDEN_SELECTOR)) {
        const record = this.#registry.recordOf(hidden);
        if (record === undefined || record.bySelector || record.elements[0] !== hidden) continue;
        // The item's own parts, and an entry nested in it (a lone reply: an item of its own, though no climb leads
        // to it), stay.
        if (record.head === item.head || isNestedIn(item, record.head)) continue;
        if (findItemHead(record.head) !== record.head) this.#forget(record);
      }
    }
  }

  /** Judged since the rules last changed. */
  #isJudgedNow(head: Element): boolean {
    return this.#judged.get(head)?.generation === this.#generation;
  }

  #scanSiteRules(node: Element | Root, config: GuardConfig): void {
    const { site } = config;
    if (site.hideSelector !== null) {
      for (const element of matchAround(node, site.hideSelector)) this.#hideBySelector(element, config);
    }
    if (site.itemSelector !== null) {
      for (const element of matchAround(node, site.itemSelector)) {
        if (this.#seen.has(element)) continue;
        const item = readSiteItem(element, site);
        this.#seen.set(element, item !== null);
        if (item !== null) this.#judge(item, config);
      }
    }
  }

  #judge(item: ListItem, config: GuardConfig): void {
    const existing = this.#registry.recordOf(item.head);
    if (isExcepted(item.head, config.site)) {
      if (existing !== undefined) this.#forget(existing);
      return;
    }
    const key = [item.title, item.summary, item.reposted ?? ''].join('\u0001');
    const previous = this.#judged.get(item.head);
    // What collapsing hides: the item's elements, or its own parts (when it holds replies, or is a carousel slide).
    const hidden = item.parts ?? item.elements;
    const isUnchanged =
      previous !== undefined &&
      previous.key === key &&
      previous.generation === this.#generation &&
      (existing === undefined || existing.elements.length === hidden.length);
    if (isUnchanged) return;
    this.#judged.set(item.head, { key, generation: this.#generation });
    this.metrics.stats.itemsJudged += 1;
    const { verdict, isForRepost } = this.#verdictOf(item, key, config);
    if (!verdict.spam) {
      if (existing !== undefined && !existing.bySelector) this.#forget(existing);
      return;
    }
    if (existing !== undefined && existing.bySelector) this.#forget(existing);
    // The popup names what was judged: for a post hidden for what it reposts, the reposted words.
    const title = isForRepost ? (item.reposted ?? item.title) : item.title;
    const current = existing !== undefined && !existing.bySelector ? existing : undefined;
    if (current === undefined) {
      const record = this.#registry.add({
        elements: hidden,
        head: item.head,
        title,
        score: verdict.score,
        reasons: verdict.reasons,
        bySelector: false,
        revealed: false,
        generation: this.#generation,
      });
      this.metrics.partPerItem('collapseMs', () => this.#collapser.place(record));
      this.metrics.noteChange();
      return;
    }
    current.generation = this.#generation;
    const sameElements =
      current.elements.length === hidden.length && current.elements.every((element, index) => element === hidden[index]);
    const sameReasons = current.reasons === verdict.reasons;
    current.title = title;
    current.score = verdict.score;
    current.reasons = verdict.reasons;
    if (!sameElements) {
      this.#collapser.release(current);
      this.#registry.setElements(current, hidden);
    }
    if (!sameElements || !sameReasons) this.#collapser.place(current);
  }

  /** The verdict on an item's words (cached by `key`, the words judged). */
  #verdictOf(item: ListItem, key: string, config: GuardConfig): { verdict: Verdict; isForRepost: boolean } {
    const cached = this.#verdicts.get(key);
    if (cached !== undefined) return cached;
    if (this.#preparedConfig !== config) {
      // Rules compile lazily, at the first item judged (guard-config.ts): measured as configuring, not classifying.
      this.#preparedConfig = config;
      if (config.prepare !== undefined) this.metrics.part('configureMs', config.prepare);
    }
    const classify = (text: ItemText): Verdict => this.metrics.partPerItem('classifyMs', () => config.classify(text));
    let judged = { verdict: classify({ title: item.title, summary: item.summary }), isForRepost: false };
    // A post that reposts spam shows it: the post goes with it, explained by the reposted words' reasons. Not when an
    // allow rule spoke for the post's own words (a warning about the post it reposts, a 不是垃圾 from the popup).
    const { reposted } = item;
    if (!judged.verdict.spam && reposted !== undefined && !judged.verdict.reasons.some((reason) => reason.source === 'allow')) {
      const repostVerdict = classify({ title: reposted, summary: '' });
      if (repostVerdict.spam) judged = { verdict: repostVerdict, isForRepost: true };
    }
    this.metrics.stats.verdictsComputed += 1;
    if (this.#verdicts.size >= MAX_CACHED_VERDICTS) this.#verdicts.clear();
    this.#verdicts.set(key, judged);
    return judged;
  }

  #hideBySelector(element: Element, config: GuardConfig): void {
    if (isOwnNode(element) || isExcepted(element, config.site)) return;
    const existing = this.#registry.recordOf(element);
    if (existing !== undefined) {
      existing.generation = this.#generation;
      return;
    }
    const record = this.#registry.add({
      elements: [element],
      head: element,
      title: readVisibleText(element).slice(0, 80),
      score: 0,
      reasons: [],
      bySelector: true,
      revealed: false,
      generation: this.#generation,
    });
    this.metrics.partPerItem('collapseMs', () => this.#collapser.place(record));
    this.metrics.noteChange();
  }

  #forget(record: ItemRecord): void {
    this.#collapser.release(record);
    this.#registry.delete(record);
    this.metrics.noteChange();
  }

  /** Open shadow roots and same-origin frames inside `node` become roots of their own. */
  #discoverRoots(node: Element | Root): void {
    this.metrics.part('discoverMs', () => this.#sweepForRoots(node));
  }

  /**
   * `#discoverRoots` itself: a method, not a closure made per call (V8 kept leaving the optimised code of such a
   * closure's loop to enter it again), indexed (a NodeList's iterator costs as much as the query), and no query
   * for an element with no element below it.
   */
  #sweepForRoots(node: Element | Root): void {
    if (node.nodeType === 1) {
      this.#discoverRootAt(node as Element);
      if ((node as Element).firstElementChild === null) return;
    }
    const descendants = node.querySelectorAll(MAY_HOLD_ROOT_SELECTOR);
    for (let index = 0; index < descendants.length; index += 1) this.#discoverRootAt(descendants[index]!);
  }

  #discoverRootAt(element: Element): void {
    const name = element.localName;
    if (NO_ROOT_TAG_SET.has(name)) return;
    if (name === 'iframe' || name === 'frame') {
      this.#watchFrame(element as HTMLIFrameElement);
      return;
    }
    const shadowRoot = element.shadowRoot;
    if (shadowRoot !== null) {
      if (!this.#roots.has(shadowRoot) && !isOwnNode(element)) this.addRoot(shadowRoot);
    } else if (name.includes('-') && !isOwnNode(element)) {
      this.#lateShadowHosts.add(element);
    }
  }

  #watchFrame(frame: HTMLIFrameElement): void {
    if (this.#watchedFrames.has(frame)) return;
    this.#watchedFrames.add(frame);
    frame.addEventListener('load', () => this.#safely(() => this.#adoptFrame(frame)));
    this.#adoptFrame(frame);
  }

  /**
   * A same-origin frame whose document our content script does not run in (about:blank written by the page, say):
   * guard it from here. A frame whose own guard runs is left to it (its root carries `data-jingdu`).
   */
  #adoptFrame(frame: HTMLIFrameElement): void {
    let document: Document | null;
    try {
      document = frame.contentDocument;
    } catch {
      return;
    }
    const root = document?.documentElement;
    if (document === null || root === null || root === undefined || document === this.#options.document) return;
    const marker = root.getAttribute('data-jingdu');
    if ((marker !== null && marker !== 'adopted') || this.#roots.has(document)) return;
    root.setAttribute('data-jingdu', 'adopted');
    this.addRoot(document);
    if (this.isActive) this.#work(SYNC_BUDGET_MS);
  }

  #finishBatch(): void {
    this.#repair();
    if (this.#rescanning && this.#pending.size === 0 && this.#startIndex >= this.#starts.length) {
      this.#rescanning = false;
      for (const record of this.#registry.records()) {
        if (record.generation < this.#generation) this.#forget(record);
      }
    }
    this.metrics.stats.pending = this.#pending.size + (this.#starts.length - this.#startIndex);
    this.#reportState(false);
  }

  /** Puts things right after the page moved or removed items or our own nodes. */
  #repair(): void {
    if (this.#movedItems.length > 0) {
      const moved = new Set<ItemRecord>();
      for (const element of this.#movedItems) {
        const record = this.#registry.recordOf(element);
        if (record !== undefined) moved.add(record);
      }
      this.#movedItems.length = 0;
      for (const record of sortInDocumentOrder([...moved])) {
        if (record.elements.some((element) => element.isConnected)) this.metrics.partPerItem('collapseMs', () => this.#collapser.place(record));
      }
    }
    if (this.#sawRemovals) {
      this.#sawRemovals = false;
      this.#hasDetachedParts = false;
      for (const record of this.#registry.records()) {
        const connected = record.elements.filter((element) => element.isConnected).length;
        if (connected === 0) {
          this.#judged.delete(record.head);
          this.#forget(record);
        } else if (connected < record.elements.length) {
          this.#hasDetachedParts = true;
        }
      }
    }
    if (this.#movedOwnNodes.size > 0) {
      for (const node of this.#movedOwnNodes) {
        const root = this.#styleRoots.get(node);
        if (root !== undefined) {
          if (this.#roots.get(root) === node && this.isActive) this.#ensureStyle(root);
        } else {
          this.#collapser.repairPlaceholder(node);
        }
      }
      this.#movedOwnNodes.clear();
    }
  }

  #reportState(force: boolean): void {
    const count = this.#registry.size;
    this.metrics.stats.hiddenItems = count;
    if (!force && count === this.#lastReportedCount) return;
    this.#lastReportedCount = count;
    this.metrics.noteChange();
    this.#options.onStateChange();
  }

  /** For the picker and tests: the records, in document order. */
  records(): ItemRecord[] {
    return sortInDocumentOrder(this.#registry.records());
  }

  get isObserving(): boolean {
    return this.#observing;
  }
}
