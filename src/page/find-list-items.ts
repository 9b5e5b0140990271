/**
 * Generic detection: find the repeated items of list-like blocks on pages no site rule describes.
 *
 * From a start (a link, a list entry that has none, an element whose class names an entry: see START_SELECTOR) climb
 * to the nearest ancestor that is a list item: an element whose parent makes it one (`li` in a list, `tr`, `dt`/`dd`,
 * `role=listitem`), or one of several similar siblings (same tag, similar class shape, looking a few siblings either
 * way), or a cell of a grid built as rows of two (the cell repeats across the rows; in a table, a cell beside cells
 * that hold headlines of their own), or an entry with other classes between similar entries (what a hijack slips into
 * a feed). Never further: if that element is not an acceptable item, there is no item. The climb stops at landmarks
 * and whole lists (`body`, `main`, `nav`, `aside`, `ul`, `table`, …; a table that lays out one entry, a forum floor,
 * is climbed through) and at a lone `article` (the page's article).
 * Text that runs around a link (a paragraph with a link in it) is prose, not a list: such links and paragraphs are
 * climbed through, never taken as items. A list that holds a single entry is no list but part of an item: the nearest
 * item above it is taken, when there is one of item size. At the top of a shadow tree the climb goes on at its host (a
 * component rendering one entry is the item, read from its light DOM).
 *
 * When a title and its summary are separate siblings (`dt` + `dd`, `h4` + `p`), the item is the group of them, but
 * only when the group repeats as a whole: one odd sibling between entries makes no group.
 *
 * An item must be the size of one item: short text, few headline links, no `h1`, not much longer than its siblings; in
 * the page's article only link-dominated entries (a related-reading list) count.
 *
 * Everything here looks only at the start's ancestors and a few siblings, so finding the item of one added node costs
 * the same on a page of ten items and of ten thousand.
 */
import { firstPageChild, lastPageChild, nextPageSibling, onlyPageChild, OWN_ATTRIBUTE, previousPageSibling } from '@/src/page/own-nodes';
import { NON_TEXT_SELECTOR, NON_TEXT_TAGS, normalizeSpace, readComposedText, readVisibleText, readVisibleTextOutside, removeFirst, removeLast } from '@/src/page/read-item-text';

export interface ListItem {
  /** The repeated element; for a group, its first element (the `dt`, the `h4`). */
  head: Element;
  /** `head` and the siblings that belong to it, in document order. */
  elements: Element[];
  title: string;
  summary: string;
  /**
   * Entries inside this one (the replies under a comment, the answers under a question): not its words, each judged
   * on its own.
   */
  nested?: readonly Element[];
  /**
   * What collapsing the item hides when it holds nested entries: its own parts (the comment's poster, text and
   * actions), not the replies; and for a carousel slide, what it holds (see `slideContent`). Absent otherwise: the
   * item's elements are hidden.
   */
  parts?: Element[];
  /**
   * The words of a post it reposts (a 微博 转发 card): not its own words, but shown as part of it, so a spam post
   * reposted is collapsed with the post around it. (Quotes in a reply, `blockquote`, are context and are not judged.)
   */
  reposted?: string;
}

/**
 * Someone else's words quoted in an entry (a reply quoting the comment it answers, a post it reposts): not the
 * entry's words. The selector finds candidates; `isQuote` decides (whole class tokens: `reply-quote`, `quote-content`,
 * `retweet-card`, not `quote-card` or a `forward-btn`).
 */
const QUOTE_SELECTOR = 'blockquote, [class*="quote" i], [class*="retweet" i], [class*="repost" i], [class*="forward" i]';
const QUOTE_CLASS_TOKEN = /(?:^|[-_\s])quote(?:[-_](?:content|text|box|wrap|wrapper|body))?(?:\s|$)/i;
/** A reposted post shown inside a post: `retweet-card`, `RepostCard`, CSS-module `retweet_retweetCard_1ZB3C`. */
const REPOST_CLASS_TOKEN = /(?:^|[-_\s])(?:retweet|repost|forward)[-_]?card(?:_\w*\d\w*)?(?:\s|$)/i;
/** Own words an entry keeps beside a quote, at least, for the quote not to be its words (a repost's 转发微博 is less). */
const MIN_TEXT_BESIDE_QUOTE = 8;

function isQuote(element: Element): boolean {
  if (element.localName === 'blockquote') return true;
  return isRepost(element) || (element.localName !== 'a' && QUOTE_CLASS_TOKEN.test(element.getAttribute('class') ?? ''));
}

/** A reposted post (see `ListItem.reposted`): a quote whose words are judged too. */
function isRepost(element: Element): boolean {
  return element.localName !== 'a' && REPOST_CLASS_TOKEN.test(element.getAttribute('class') ?? '');
}

/** Elements whose class may name one entry (`hasEntryClass` decides). */
const ENTRY_CLASS_SELECTOR = '[class*="item" i], [class*="comment" i], [class*="reply" i]';

/**
 * Where a search for items starts (`isStart`): links, list entries that may have no link, elements a script opens
 * like a link (cards with a `data-href`, a click handler or `role="link"`: feeds that render no `<a href>` at all), and
 * elements whose class names one entry (`reply-item`, `comment`, `CommentItem`): comment threads and framework-rendered
 * feeds whose entries have no link and no list markup, and whose clicks a framework handles from far above.
 * `START_SELECTOR` finds them and more (any class with item, comment or reply in it: `comment-list` holds entries, it
 * is none); `isStart` decides.
 */
export const START_SELECTOR =
  'a[href], li, tr, dt, [role="listitem"], [role="link"], [data-href], [data-url], [data-link], [onclick], ' +
  ENTRY_CLASS_SELECTOR;

/** Attributes that make an element a script-opened link (see START_SELECTOR). */
const SCRIPT_LINK_ATTRIBUTES = ['data-href', 'data-url', 'data-link', 'onclick'];
/**
 * A class token that names one entry: `item`, `reply-item`, `feed_item`, `comment`, `CommentItem`, also with a CSS
 * module's hash after it (`comment_item__2mX0p`, `replyItem--a1b2`: a digit in it); not `items`, and not a BEM part of
 * an entry (`news-item__title`, `item--active`).
 */
const ENTRY_CLASS_TOKEN =
  /(?:^|[-_\s])(?:item|comment|reply)(?:(?:__|--)(?=[a-z_-]*\d)[\w-]{3,12})?(?:\s|$)|[a-z\d](?:Item|Comment|Reply)(?:(?:__|--)(?=[a-z_-]*\d)[\w-]{3,12})?(?:\s|$)/i;

/**
 * Entries that nothing starts a search from, in `root` (its own children included): the children of a block that
 * are like a run of three alike children (see `startlessModel`) laid out in parts, holding text and no start (comments
 * rendered on the server with hashed classes, no link and no list markup). A script that adds such an entry later is seen adding it; a parsed page is not. Each one
 * is a start of its own: the climb from it decides whether it is an item. Runs once over a parsed page or an added
 * subtree, so the test per element is cheap: its child count first.
 */
export function findStartlessEntries(root: Element | Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  if (root.nodeType === 1) addStartlessChildren(root as Element, found);
  const all = root.nodeType === 11 ? root.querySelectorAll('*') : (root as Element | Document).getElementsByTagName('*');
  for (let index = 0; index < all.length; index += 1) addStartlessChildren(all[index]!, found);
  return found;
}

function addStartlessChildren(holder: Element, found: Element[]): void {
  if (holder.childElementCount <= MIN_SIMILAR_SIBLINGS || STOP_TAGS.has(holder.localName)) return;
  const model = startlessModel(holder);
  if (model === null) return;
  for (let child = firstPageChild(holder); child !== null; child = nextPageSibling(child)) {
    if (isSimilar(model, child)) found.push(child);
  }
}

/**
 * The child the holder's entries are like: the first of three alike startless entries at its start, after one
 * heading (热门评论), or at its end (before nothing: a 加载更多 button would come after). Null when there is none.
 */
function startlessModel(holder: Element): Element | null {
  const first = firstPageChild(holder);
  if (first === null) return null;
  if (startsAlikeRun(first)) return first;
  const second = nextPageSibling(first);
  if (second !== null && startsAlikeRun(second)) return second;
  const last = lastPageChild(holder);
  const beforeLast = last === null ? null : previousPageSibling(last);
  const thirdLast = beforeLast === null ? null : previousPageSibling(beforeLast);
  return thirdLast !== null && startsAlikeRun(thirdLast) ? thirdLast : null;
}

/** Whether `first` and its next two siblings are alike startless entries. */
function startsAlikeRun(first: Element): boolean {
  const second = nextPageSibling(first);
  const third = second === null ? null : nextPageSibling(second);
  if (third === null || !isSimilar(first, second!) || !isSimilar(first, third)) return false;
  // An entry is laid out in parts (poster, text, actions; a time and its news); a run of paragraphs (section > span)
  // is an article's text.
  // (A line that opens with its time is a time and its news too: `p > time + text`.)
  const isTimeLine = startsWithTime(first);
  if (INLINE_TAGS.has(first.localName) || (first.localName === 'p' && !isTimeLine) || isStart(first)) return false;
  if (!isTimeLine && !isLaidOutInBlocks(first) && !hasTwoPartsWithText(first)) return false;
  return !holdsStart(first) && normalizeSpace(first.textContent ?? '').length >= MIN_ITEM_TEXT;
}

/** Whether two of `element`'s children hold text (`div > time + p`), as a paragraph's one run of text does not. */
function hasTwoPartsWithText(element: Element): boolean {
  let parts = 0;
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (normalizeSpace(child.textContent ?? '') !== '' && ++parts >= 2) return true;
  }
  return false;
}

/** Whether a start lies inside `element` (`START_SELECTOR` finds candidates; `isStart` decides). */
function holdsStart(element: Element): boolean {
  const candidates = element.querySelectorAll(START_SELECTOR);
  for (let index = 0; index < candidates.length; index += 1) if (isStart(candidates[index]!)) return true;
  return false;
}

/** Whether a search for items starts at `element` (see START_SELECTOR). */
export function isStart(element: Element): boolean {
  switch (element.localName) {
    case 'a':
      if (element.hasAttribute('href')) return true;
      break;
    case 'li':
    case 'tr':
    case 'dt':
      return true;
  }
  return element.getAttribute('role') === 'listitem' || isScriptLink(element) || hasEntryClass(element);
}

function hasEntryClass(element: Element): boolean {
  const classes = element.getAttribute('class');
  return classes !== null && ENTRY_CLASS_TOKEN.test(classes);
}

/** A custom element with a shadow tree of its own. */
function isComponent(element: Element): boolean {
  return element.shadowRoot !== null && element.localName.includes('-');
}

/** An element a script opens like a link (see START_SELECTOR). */
function isScriptLink(element: Element): boolean {
  return element.getAttribute('role') === 'link' || SCRIPT_LINK_ATTRIBUTES.some((name) => element.hasAttribute(name));
}

/**
 * A card that is itself a link (`a[href]` around `h3 p span`, or opened by script): its heading is its linked title,
 * not the heading of a titled section.
 */
function isCardLink(element: Element): boolean {
  return (element.localName === 'a' && element.hasAttribute('href')) || isScriptLink(element);
}

const MAX_CLIMB = 8;
/** How many element siblings either way are compared to decide whether an element repeats. */
const SIBLING_WINDOW = 6;
const MIN_SIMILAR_SIBLINGS = 2;
/** Beyond this an element is a block of items or an article, not one item. */
const MAX_ITEM_TEXT = 400;
const MIN_ITEM_TEXT = 4;
const MAX_ITEM_LINKS = 12;
/** Links this long are headlines; an element holding more of them than this is a list, not an item. */
const HEADLINE_LENGTH = 8;
/** A headline is words: a link of dates, times or counts (2024-5-25 07:18) is none, however long. */
const HEADLINE_WORDS = /(?:\p{L}[^\p{L}]*){4}/u;
const MAX_HEADLINE_LINKS = 3;
/** Letters of running text around a link that make it part of prose. */
const RUNNING_TEXT_LETTERS = 10;
/** Letters of an element's own text (outside its children) that make it a paragraph. */
const PROSE_LETTERS = 20;

function isHeadline(linkText: string): boolean {
  return linkText.length >= HEADLINE_LENGTH && HEADLINE_WORDS.test(linkText);
}

/**
 * Never an item, and nothing above them is either: landmarks, whole lists, embedded documents (a table that lays out
 * one entry excepted: see `isEntryLayoutTable`).
 */
const STOP_TAGS = new Set([
  'html', 'head', 'body', 'main', 'nav', 'aside', 'form', 'ul', 'ol', 'menu', 'dl', 'table', 'tbody', 'thead',
  'tfoot', 'iframe', 'frame', 'frameset', 'dialog', 'fieldset', 'select', 'datalist', 'optgroup', 'svg', 'math',
  'template', 'object', 'video', 'audio', 'canvas',
]);
const STOP_ROLES = new Set([
  'main', 'navigation', 'complementary', 'banner', 'contentinfo', 'search', 'form', 'dialog', 'alertdialog',
  'list', 'listbox', 'table', 'grid', 'treegrid', 'tree', 'feed', 'menu', 'menubar', 'tablist', 'document',
  'application', 'toolbar',
]);
/** Parts of an item, never items themselves: climb through them. */
const PART_TAGS = new Set([
  'td', 'th', 'caption', 'colgroup', 'col', 'header', 'footer', 'figcaption', 'summary', 'legend', 'br', 'hr',
  'wbr', 'img', 'picture', 'source',
]);
/** Phrasing elements: when running text surrounds them, they are words in a sentence. */
const INLINE_TAGS = new Set([
  'a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'big', 'font', 'mark', 'abbr', 'cite', 'q', 'sub',
  'sup', 'time', 'code', 'label', 'bdi', 'bdo', 'var', 'ins', 'del', 'kbd', 'samp', 'dfn', 'nobr',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** What `readListItem` looks for inside an item in one query (see there). */
const SCREENING_SELECTOR = `a[href], h1, li, tr, dt, ${NON_TEXT_SELECTOR}, ${ENTRY_CLASS_SELECTOR}, ${QUOTE_SELECTOR}`;

/** Class tokens that mark a state or a position, not a kind of element (`li.first`, `li.on`, `li.top3`). */
const STATE_CLASS = /^(on|cur|current|active|selected|first|last|odd|even|hover|open|show|hide|hidden|top#?|no#|n#|hot|new|red|bold|clearfix|cf|fl|fr|left|right|item-?#|i#|#)$/i;
/** The page's article: inside it, only link lists (related reading) are lists. */
const ARTICLE_CONTEXT_SELECTOR = [
  'article',
  '[role="article"]',
  '[itemprop~="articleBody"]',
  '.article-content',
  '.article-body',
  '.articleBody',
  '.post-content',
  '.entry-content',
  '.rich_media_content',
  '#artibody',
  '#article',
].join(', ');

type LevelVerdict = 'item' | 'climb' | 'stop';

/** Memo of climbs within one batch: every element is looked at once however many starts pass through it. */
export type ClimbMemo = Map<Element, Element | null>;

/** The head of the list item that holds `start` (or is `start`), or null when it is in no list item. */
export function findItemHead(start: Element, memo?: ClimbMemo): Element | null {
  let result: Element | null = null;
  /** Levels judged (not answered by the memo): the memo learns the result for each of them. */
  let judged = 0;
  let element: Element | null = start;
  while (element !== null && judged <= MAX_CLIMB) {
    const known = memo?.get(element);
    if (known !== undefined) {
      result = known;
      break;
    }
    judged += 1;
    const verdict = judgeLevel(element);
    if (verdict === 'stop') break;
    if (verdict === 'item') {
      result = element;
      break;
    }
    element = element.parentElement ?? hostToClimbTo(element);
  }
  if (memo !== undefined) {
    element = start;
    for (let level = 0; level < judged && element !== null; level += 1) {
      memo.set(element, result);
      element = element.parentElement ?? hostOf(element);
    }
  }
  return result;
}

/** Beyond this many elements a shadow tree is a widget or an app of its own, not the rendering of one item. */
const MAX_ITEM_SHADOW_ELEMENTS = 64;

/**
 * At the top of a shadow tree, the climb goes on at its host (the composed tree): a component that renders one entry
 * (`<news-item>` with its link in its shadow tree and its title slotted from its light DOM) repeats as the host. Not
 * when the shadow tree is more than one entry's rendering (what `readListItem` refuses in an item: entries that form a
 * list, many headlines, an `h1`; or much markup: a widget, an app): its entries are items inside it, and the host,
 * read from its light DOM alone, would pass for one. Returns null when there is no host to climb to. (Only climbs that
 * found no item within the shadow tree get here, so the bounded walk is rare.)
 */
function hostToClimbTo(top: Element): Element | null {
  const host = hostOf(top);
  if (host === null) return null;
  const walker = top.ownerDocument.createTreeWalker(top.parentNode!, 0x1 /* SHOW_ELEMENT */);
  let elements = 0;
  const entries: Element[] = [];
  let headlines = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    elements += 1;
    const element = node as Element;
    switch (element.localName) {
      case 'li':
      case 'tr':
      case 'dt':
        entries.push(element);
        break;
      case 'h1':
        return null;
      case 'a':
        if (element.hasAttribute('href') && isHeadline(normalizeSpace(element.textContent ?? ''))) {
          headlines += 1;
        }
        break;
    }
    if (elements > MAX_ITEM_SHADOW_ELEMENTS || headlines > MAX_HEADLINE_LINKS) return null;
  }
  return formsList(entries) ? null : host;
}

/** The host of the shadow tree whose top element is `top`, or null when `top` is not at the top of one. */
function hostOf(top: Element): Element | null {
  const root = top.parentNode;
  return root !== null && root.nodeType === 11 ? ((root as Partial<ShadowRoot>).host ?? null) : null;
}

/**
 * Whether `element` itself is a list entry (the climb from it would stop at once with it), and a block: inline
 * elements among their like are the phrases of a split title (<span>9分钟</span><em>开挂</em>…), not entries.
 */
export function isItemHead(element: Element): boolean {
  return !INLINE_TAGS.has(element.localName) && judgeLevel(element) === 'item';
}

function judgeLevel(element: Element): LevelVerdict {
  if (element.hasAttribute(OWN_ATTRIBUTE)) return 'stop';
  const tag = element.localName;
  if (TABLE_PARTS.has(tag) && isEntryLayoutTable(tableOf(element))) return 'climb';
  if (STOP_TAGS.has(tag)) return 'stop';
  const role = element.getAttribute('role');
  if (role !== null && STOP_ROLES.has(role)) return 'stop';
  if (PART_TAGS.has(tag)) return isEntryCell(element) ? 'item' : 'climb';
  if (INLINE_TAGS.has(tag) && isInRunningText(element)) return 'climb';
  const intrinsic = isIntrinsicItem(element, tag, role);
  if (intrinsic || (repeatsAmongSiblings(element) && !isColumnOfRow(element))) {
    // Repeated paragraphs are an article's text, not a list: go on up (to the article, which stops the climb).
    if (!intrinsic && !INLINE_TAGS.has(tag) && isProseBlock(element, tag)) return tag === 'article' ? 'stop' : 'climb';
    return 'item';
  }
  // A lone article is the page's article: never collapse it, never climb past it.
  return tag === 'article' ? 'stop' : 'climb';
}

/** An element that is a list entry by the markup's own word. */
function isIntrinsicItem(element: Element, tag: string, role: string | null): boolean {
  if (role === 'listitem' || role === 'row') return true;
  const parent = element.parentElement;
  if (parent === null) return false;
  const parentTag = parent.localName;
  switch (tag) {
    case 'li':
      return parentTag === 'ul' || parentTag === 'ol' || parentTag === 'menu' || parent.getAttribute('role') === 'list';
    case 'tr':
      return !isLoneLayoutRow(element);
    case 'dt':
    case 'dd':
      return parentTag === 'dl' || parent.parentElement?.localName === 'dl';
    default:
      return false;
  }
}

/** The table itself, its row groups and its rows: what `isEntryLayoutTable` lets a climb pass. */
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

/** The table that `element` (a table, a row group or a row) belongs to, or null. */
function tableOf(element: Element): Element | null {
  for (let current: Element | null = element, steps = 0; current !== null && steps < 3; current = current.parentElement, steps += 1) {
    if (current.localName === 'table') return current;
  }
  return null;
}

/** Rows of a forum floor's table at most (post, spacer, actions, signature…); a list table has more. */
const MAX_ENTRY_LAYOUT_ROWS = 8;

/**
 * A table that lays out one entry, not a list of them: it is all that a block repeating among its siblings holds
 * (div#post_1, div#post_2…), a few rows whose first spans rows (a forum floor: the poster's column beside the post and
 * its actions), and no two headlines to different pages (a news table with a picture column spanning its rows is a
 * list). The climb passes through it to the repeating block, the entry; its rows are no entries. Cheap tests first:
 * this runs for the rows and tables of every climb through a table.
 */
function isEntryLayoutTable(table: Element | null): boolean {
  if (table === null || table.previousElementSibling !== null || table.nextElementSibling !== null) return false;
  const holder = table.parentElement;
  if (holder === null || STOP_TAGS.has(holder.localName) || PART_TAGS.has(holder.localName) || holder.localName === 'li') return false;
  const firstRow = firstPageRow(table as HTMLTableElement);
  if (firstRow === null || ![...firstRow.cells].some((cell) => cell.rowSpan > 1)) return false;
  return hasSimilarSiblings(holder) && new Set(headlineHrefs(table, true)).size < 2;
}

/**
 * The first row of a table of at most MAX_ENTRY_LAYOUT_ROWS rows, or null. Our placeholder's rows (put in when a row
 * was collapsed before a floor's like arrived) are not the table's. Counting stops past the limit: a list table is long.
 */
function firstPageRow(table: HTMLTableElement): HTMLTableRowElement | null {
  const rows = table.rows;
  if (rows === undefined) return null;
  let first: HTMLTableRowElement | null = null;
  let count = 0;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (row.hasAttribute(OWN_ATTRIBUTE)) continue;
    first ??= row;
    if (++count > MAX_ENTRY_LAYOUT_ROWS) return null;
  }
  return first;
}

/**
 * The only row of its table, with no link or in a table that does not repeat: page layout (a footer, a banner of old
 * table-built pages, whose class-less tables all look alike), not a list. A repeating table whose row holds a link
 * (one table per news item) keeps its row as the entry; so do row groups (one `tbody` per forum thread).
 */
function isLoneLayoutRow(row: Element): boolean {
  if (previousPageSibling(row) !== null || nextPageSibling(row) !== null) return false;
  const group = row.parentElement;
  const table = group?.localName === 'table' ? group : group?.parentElement;
  if (table === null || table === undefined || table.localName !== 'table') return false;
  if (table !== group && (group!.previousElementSibling !== null || group!.nextElementSibling !== null)) return false;
  return row.querySelector('a[href]') === null || !hasSimilarSiblings(table);
}

/** True when the element's parent has running text of its own around it: it is a word in a sentence. */
function isInRunningText(element: Element): boolean {
  const parent = element.parentNode;
  return parent !== null && hasOwnLetters(parent, RUNNING_TEXT_LETTERS);
}

/** A block that is a paragraph: text of its own, or (for `p`) text that links do not dominate. */
function isProseBlock(element: Element, tag: string): boolean {
  if (startsWithTime(element)) return false;
  if (hasOwnLetters(element, PROSE_LETTERS)) return true;
  if (tag !== 'p') return false;
  const text = normalizeSpace(element.textContent ?? '');
  return linkTextLength([element]) < text.length / 2;
}

/** A time of day (10:42), as a timeline shows it; an article's paragraph opens with a date (5月20日), if with any. */
const TIME_OF_DAY = /^\s*\d{1,2}:\d{2}/;

/** A line that opens with its `<time>` of day (a 7×24 快讯 timeline: `p > time + text`): an entry, not a paragraph. */
function startsWithTime(element: Element): boolean {
  const first = element.firstElementChild;
  if (first === null || first.localName !== 'time' || !TIME_OF_DAY.test(first.textContent ?? '')) return false;
  for (let node = element.firstChild; node !== null && node !== first; node = node.nextSibling) {
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
  }
  return true;
}

const NON_BLOCK_TAGS = new Set(['br', 'wbr', 'img', 'svg', 'picture']);

/**
 * Whether `element` holds two blocks or more, as an entry does (poster, text, actions), and a paragraph does not;
 * through wrappers of one block (`div[data-id] > div.card > avatar + body`).
 */
function isLaidOutInBlocks(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current !== null && depth < MAX_WRAPPER_DEPTH; depth += 1) {
    if (current.localName === 'p') return false;
    let blocks = 0;
    let onlyBlock: Element | null = null;
    for (let child: Element | null = current.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (INLINE_TAGS.has(child.localName) || NON_BLOCK_TAGS.has(child.localName)) continue;
      if (++blocks >= 2) return true;
      onlyBlock = child;
    }
    current = onlyBlock;
  }
  return false;
}

/** Alike blocks (`alikeEntryBlocks`) that make an element a box of entries, and the text each says, at least. */
const MIN_ALIKE_BLOCKS = 3;
const MIN_ALIKE_BLOCK_TEXT = 20;
const NOT_ENTRY_BLOCK_TAGS = new Set(['p', 'td', 'th']);

/**
 * The element's children that are entries of a list without list markup: at least MIN_ALIKE_BLOCKS blocks of one tag
 * and class (`div.msg` ×6 in a 读者评报 box) that each say a sentence. A box that holds them is no item, though the box
 * may repeat among alike boxes (the parts of a page's bottom row): it is met as one piece when a script or the parser
 * adds it whole. Blocks without a class (an entry's title, summary and source lines as bare `div`s), cells and
 * paragraphs (an entry's text) are left out.
 */
function alikeEntryBlocks(element: Element): Element[] | null {
  if (element.childElementCount < MIN_ALIKE_BLOCKS) return null;
  // Alike by tag and class, as one template renders them: one pass, no sibling comparisons (this runs for every item).
  const runs = new Map<string, Element[]>();
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    const tag = child.localName;
    const className = child.getAttribute('class')?.trim() ?? '';
    const isBlock = !INLINE_TAGS.has(tag) && !NON_BLOCK_TAGS.has(tag) && !NOT_ENTRY_BLOCK_TAGS.has(tag);
    if (className === '' || !isBlock || child.hasAttribute(OWN_ATTRIBUTE)) continue;
    const key = `${tag}.${className}`;
    const run = runs.get(key);
    if (run === undefined) runs.set(key, [child]);
    else run.push(child);
  }
  for (const run of runs.values()) {
    if (run.length >= MIN_ALIKE_BLOCKS && run.every((block) => normalizeSpace(block.textContent ?? '').length >= MIN_ALIKE_BLOCK_TEXT)) return run;
  }
  return null;
}

/** What an entry says of its own beside a list in it, at least, for the list to be its replies (a box's title is less). */
const MIN_TEXT_BESIDE_REPLIES = 40;

/** Wrappers of one block that `isLaidOutInBlocks` looks through. */
const MAX_WRAPPER_DEPTH = 4;

const LETTER = /\p{L}/gu;
/** Whether the text nodes directly in `parent` hold `enough` letters. Counting stops there: prose can be long. */
function hasOwnLetters(parent: Node, enough: number): boolean {
  let letters = 0;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== 3) continue;
    const text = (node as Text).data;
    LETTER.lastIndex = 0;
    while (LETTER.test(text)) {
      letters += 1;
      if (letters >= enough) return true;
    }
  }
  return false;
}

/** A cell this long is a title; one this short a value (a count, a date, a name). */
const MIN_TITLE_CELL = 2 * HEADLINE_LENGTH;
const MAX_VALUE_CELL = 12;

/**
 * A column of a row built of numbered cells (`div.row > span.l1 span.l2 span.l3 span.l4`: reads, replies, title,
 * author, time): its like siblings differ from it only by their numbers, the rows around repeat with the same column,
 * and one of the cells is a title while all the others are short values. Numbered entries of a list hold a title
 * each, or share their class (`li.top1`, `div.item-2`: state classes aside), or sit in a list that is no repeating
 * row (`a.hot-1` … `a.hot-5`). Cheap test first: most classes hold no number.
 */
function isColumnOfRow(element: Element): boolean {
  // This runs at every repeating level of every climb: no tokens are made for the many classes without a number.
  if (!/\d/.test(element.getAttribute('class') ?? '')) return false;
  const own = ownClassTokens(element);
  if (!/\d/.test(own)) return false;
  const cells = similarSiblings(element);
  if (cells.length === 0 || cells.some((cell) => ownClassTokens(cell) === own)) return false;
  // The row repeats, holding the same column: else these are numbered entries of one list (a.hot-1 … a.hot-5).
  const row = element.parentElement;
  const isSameColumn = (cell: Element) => ownClassTokens(cell) === own;
  if (row === null || !similarSiblings(row).some((other) => cellsLike(other, element).some(isSameColumn))) return false;
  cells.push(element);
  const lengths = cells.map((cell) => normalizeSpace(cell.textContent ?? '').length).sort((a, b) => b - a);
  return lengths[0]! >= MIN_TITLE_CELL && lengths[1]! <= MAX_VALUE_CELL;
}

function ownClassTokens(element: Element): string {
  return kindTokens(element.getAttribute('class') ?? '').join(' ');
}

/** One of several similar siblings: same tag and class shape, within a few siblings either way. */
export function hasSimilarSiblings(element: Element): boolean {
  return visitSimilarSiblings(element, MIN_SIMILAR_SIBLINGS) >= MIN_SIMILAR_SIBLINGS;
}

/**
 * Whether the element is one of a run of entries: it has similar siblings (one is enough for an element whose class
 * names an entry), or it is a cell of a grid built as rows (see `isRowCell`), or an entry with other markup among
 * similar ones (see `isInterloper`). This runs at every level of every climb: one pass over the window, without
 * making a list of it.
 */
function repeatsAmongSiblings(element: Element): boolean {
  const similar = visitSimilarSiblings(element, MIN_SIMILAR_SIBLINGS);
  // Two are enough when the class says so (a reply list of two `comment-item`s), or when they are components that
  // draw themselves (two `<bili-comment-reply-renderer>`s, each with a shadow tree).
  if (similar >= MIN_SIMILAR_SIBLINGS || (similar === 1 && (hasEntryClass(element) || isComponent(element)))) return true;
  return isRowCell(element, similar === 0 ? null : similarSiblings(element)[0]!) || isInterloper(element);
}

/** The similar siblings within the window: when an item appears, these may have just become list items too. */
export function similarSiblings(element: Element): Element[] {
  const similar: Element[] = [];
  visitSimilarSiblings(element, Infinity, similar);
  return similar;
}

/**
 * Counts the siblings similar to `element` among SIBLING_WINDOW siblings either way (ours skipped), the previous
 * ones nearest first, then the following ones; stops at `enough`. Adds them to `found` when given.
 */
function visitSimilarSiblings(element: Element, enough: number, found?: Element[]): number {
  let similar = 0;
  for (let side = 0; side < 2; side += 1) {
    const isBefore = side === 0;
    let counted = 0;
    for (
      let sibling = isBefore ? element.previousElementSibling : element.nextElementSibling;
      sibling !== null && counted < SIBLING_WINDOW;
      sibling = isBefore ? sibling.previousElementSibling : sibling.nextElementSibling
    ) {
      if (sibling.hasAttribute(OWN_ATTRIBUTE)) continue;
      counted += 1;
      if (!isSimilar(element, sibling)) continue;
      found?.push(sibling);
      similar += 1;
      if (similar >= enough) return similar;
    }
  }
  return similar;
}

export function isSimilar(first: Element, second: Element): boolean {
  if (first.localName !== second.localName) return false;
  const firstClass = first.getAttribute('class') ?? '';
  const secondClass = second.getAttribute('class') ?? '';
  return firstClass === secondClass || haveSimilarClasses(firstClass, secondClass);
}

/**
 * Whether two class attributes have the same shape, remembered by pair: a page has few class strings, and the climbs
 * compare the same pairs at every level and for every item.
 */
const classAgreement = new Map<string, Map<string, boolean>>();
let rememberedPairs = 0;
const MAX_REMEMBERED_PAIRS = 4_000;

function haveSimilarClasses(first: string, second: string): boolean {
  let agreements = classAgreement.get(first);
  let agrees = agreements?.get(second);
  if (agrees !== undefined) return agrees;
  agrees = classShapesAgree(classShape(first), classShape(second));
  if (rememberedPairs >= MAX_REMEMBERED_PAIRS) {
    classAgreement.clear();
    rememberedPairs = 0;
    agreements = undefined;
  }
  if (agreements === undefined) {
    agreements = new Map();
    classAgreement.set(first, agreements);
  }
  agreements.set(second, agrees);
  rememberedPairs += 1;
  return agrees;
}

function classShape(className: string): string[] {
  return kindTokens(className).map((token) => token.replace(/\d+/g, '#'));
}

/** The class tokens that name a kind of element: state and position classes dropped. */
function kindTokens(className: string): string[] {
  return className.split(/\s+/).filter((token) => token !== '' && !STATE_CLASS.test(token.replace(/\d+/g, '#')));
}

function classShapesAgree(first: string[], second: string[]): boolean {
  if (first.length === 0 || second.length === 0) return first.length + second.length <= 1;
  const shared = first.filter((token) => second.includes(token)).length;
  return shared / new Set([...first, ...second]).size >= 0.5;
}

/**
 * A cell of a grid that the markup builds as rows of a few cells (`row > cell cell`, `row > cell cell`, a last
 * `row > cell`): too few cells in one row to repeat there, but the cell repeats across rows that repeat. Only cells
 * that are separate entries (headline links to different pages) count: the parts of one item (a picture link and a
 * title link to the same page, a title and an author link) are not cells. `peer` is the element's one similar
 * sibling, or null.
 */
function isRowCell(element: Element, peer: Element | null): boolean {
  const row = element.parentElement;
  if (row === null || STOP_TAGS.has(row.localName)) return false;
  // Cheap tests first. Without a like sibling, only the only child of a row whose neighbours are rows (same tag).
  if (peer === null) {
    if (previousPageSibling(element) !== null || nextPageSibling(element) !== null) return false;
    if (previousPageSibling(row)?.localName !== row.localName && nextPageSibling(row)?.localName !== row.localName) return false;
  } else if (!areSeparateEntries(element, peer)) {
    return false;
  }
  const rows = similarSiblings(row);
  if (peer !== null) return rows.some((other) => cellsLike(other, element).length > 0);
  // The only cell of its row (the last row of an odd grid): another row must hold two such cells.
  return rows.some((other) => {
    const cells = cellsLike(other, element);
    return cells.length >= 2 && areSeparateEntries(cells[0]!, cells[1]!);
  });
}

/** The children of `row` similar to `cell` (a few at most). */
function cellsLike(row: Element, cell: Element): Element[] {
  const cells: Element[] = [];
  let looked = 0;
  for (let child = row.firstElementChild; child !== null && looked < SIBLING_WINDOW; child = child.nextElementSibling, looked += 1) {
    if (isSimilar(child, cell)) cells.push(child);
  }
  return cells;
}

/**
 * Two elements that are separate list entries, not parts of one: each has a headline link, and they link to different
 * pages.
 */
function areSeparateEntries(first: Element, second: Element): boolean {
  const firstLinks = headlineHrefs(first);
  if (firstLinks.length === 0) return false;
  const secondLinks = headlineHrefs(second);
  return secondLinks.length > 0 && !secondLinks.some((href) => firstLinks.includes(href));
}

/** The targets of the headline links in `element`; with `wordsOnly`, not of links that read as one handle (author_1). */
function headlineHrefs(element: Element, wordsOnly = false): string[] {
  const hrefs: string[] = [];
  for (const link of linksOf([element])) {
    const text = normalizeSpace(link.textContent ?? '');
    if (isHeadline(text) && !(wordsOnly && HANDLE.test(text))) hrefs.push(link.getAttribute('href') ?? '');
  }
  return hrefs;
}

/** One run of Latin letters, digits and handle punctuation: a user name or an id, not a headline. */
const HANDLE = /^[\w.@-]+$/;

/**
 * An entry with other markup in a run of similar entries (spam a script or a hijacked feed slipped in with its own
 * classes): same tag as its neighbours, and the nearest unlike siblings on both sides are similar entries that repeat,
 * each a separate entry from it (a title link between tag links is a part of its entry, not an entry).
 */
function isInterloper(element: Element): boolean {
  const before = nearestSibling(element, previousPageSibling, false);
  if (before === null || before.localName !== element.localName) return false;
  const after = nearestSibling(element, nextPageSibling, false);
  if (after === null || after.localName !== element.localName || !isSimilar(before, after)) return false;
  return hasSimilarSiblings(before) && areSeparateEntries(element, before) && areSeparateEntries(element, after);
}

/**
 * The nearest sibling within the window, stepping with `step`, that is similar to `element` (or, with `similar`
 * false, that is not: skipping a few like it, as two interlopers in a row).
 */
function nearestSibling(element: Element, step: (current: Element) => Element | null, similar: boolean): Element | null {
  let current = step(element);
  for (let distance = 1; current !== null && distance <= SIBLING_WINDOW; distance += 1, current = step(current)) {
    if (isSimilar(element, current) === similar) return current;
  }
  return null;
}

/**
 * The elements of the item whose head is `head`: the head alone, or a title/summary group (`dt` + its `dd`s; in a
 * periodic run of siblings like `h4 p h4 p`, one period).
 */
export function groupItemElements(head: Element): Element[] {
  const tag = head.localName;
  if (tag === 'dt' || tag === 'dd') return groupDefinition(head);
  // A slide is one entry whatever its neighbours (a loop carousel's copies at both ends look like a pattern of two).
  if (tag === 'li' || tag === 'tr' || head.getAttribute('role') === 'listitem' || isCarouselSlide(head)) return [head];
  const period = periodOf(head);
  if (period <= 1) return [head];
  const offset = phaseOffset(head, period);
  let first: Element = head;
  for (let step = 0; step < offset; step += 1) first = previousPageSibling(first) ?? first;
  const elements: Element[] = [first];
  let next: Element | null = first;
  while (elements.length < period && (next = nextPageSibling(next)) !== null) elements.push(next);
  return isTitleGroup(elements, period) ? elements : [head];
}

/**
 * A run of siblings is one title/summary group only when it really is one period of a pattern: its members are unlike
 * each other and not separate entries, and the next group (or else the one before) has like members in the same
 * places. A single odd sibling between items (`item X item item`, `item item X item`) makes no period of two, nor a few
 * evenly spaced ones a period of five.
 */
function isTitleGroup(elements: readonly Element[], period: number): boolean {
  for (let index = 0; index < elements.length; index += 1) {
    for (let other = index + 1; other < elements.length; other += 1) {
      const first = elements[index]!;
      const second = elements[other]!;
      if (isSimilar(first, second) || areSeparateEntries(first, second) || hasPartLike(second, first) || hasPartLike(first, second)) {
        return false;
      }
    }
  }
  for (const step of [stepForward, stepBack]) {
    let member = step(elements[0]!, period);
    let compared = 0;
    for (let index = 1; index < elements.length && member !== null; index += 1) {
      member = nextPageSibling(member);
      if (member === null) break;
      if (!isSimilar(elements[index]!, member)) return false;
      compared += 1;
    }
    if (compared > 0) return true;
  }
  // No neighbouring group to compare with: nothing shows the pattern repeats (`1 2 X 3` would make 2 + X a group).
  return false;
}

/**
 * Whether `holder` has, somewhere inside, an element drawn like the first part of `entry` (the same class): a comment
 * (`comment-item > comment-item__main`) beside a comment with replies (`comment-group > comment-block >
 * comment-item__main`) are two entries, not a title and its summary.
 */
function hasPartLike(holder: Element, entry: Element): boolean {
  const part = firstPageChild(entry);
  // A part laid out in parts of its own (avatar and body), not a highlight or a tag that titles and summaries share.
  if (part === null || part.childElementCount < 2) return false;
  const classes = part.getAttribute('class')?.trim() ?? '';
  if (classes === '') return false;
  const alike = holder.getElementsByClassName(classes.split(/\s+/, 1)[0]!);
  for (let index = 0; index < alike.length; index += 1) if (alike[index]!.getAttribute('class')?.trim() === classes) return true;
  return false;
}

function groupDefinition(element: Element): Element[] {
  let head = element;
  if (element.localName === 'dd') {
    for (let sibling = previousPageSibling(element), steps = 0; sibling !== null && steps < SIBLING_WINDOW; sibling = previousPageSibling(sibling), steps += 1) {
      if (sibling.localName === 'dt') {
        head = sibling;
        break;
      }
      if (sibling.localName !== 'dd') break;
    }
  }
  const elements = [head];
  for (let sibling = nextPageSibling(head); sibling !== null && sibling.localName === 'dd' && elements.length <= SIBLING_WINDOW; sibling = nextPageSibling(sibling)) {
    elements.push(sibling);
  }
  return elements;
}

/** Distance to the nearest similar sibling (following ones first), or 0 when there is none in the window. */
function periodOf(head: Element): number {
  let distance = 0;
  for (let sibling = nextPageSibling(head); sibling !== null && distance < SIBLING_WINDOW; sibling = nextPageSibling(sibling)) {
    distance += 1;
    if (isSimilar(head, sibling)) return distance;
  }
  distance = 0;
  for (let sibling = previousPageSibling(head); sibling !== null && distance < SIBLING_WINDOW; sibling = previousPageSibling(sibling)) {
    distance += 1;
    if (isSimilar(head, sibling)) return distance;
  }
  return 0;
}

/**
 * How many siblings before `head` its group starts. Walk back to the first repetition of the head (`h4` in
 * `h2 h4 p h4 p`) and compare what precedes it with what precedes the second repetition: siblings that match belong
 * to each group (`span.num a span.num a`: the number belongs with the link after it; the `h2` does not repeat).
 */
function phaseOffset(head: Element, period: number): number {
  let first = head;
  for (let hops = 0; hops < 32; hops += 1) {
    const candidate = stepBack(first, period);
    if (candidate === null || !isSimilar(head, candidate)) break;
    first = candidate;
  }
  const second = stepForward(first, period);
  if (second === null || !isSimilar(head, second)) return 0;
  let offset = 0;
  let beforeFirst = previousPageSibling(first);
  let beforeSecond = previousPageSibling(second);
  while (offset < period - 1 && beforeFirst !== null && beforeSecond !== null && isSimilar(beforeFirst, beforeSecond)) {
    offset += 1;
    beforeFirst = previousPageSibling(beforeFirst);
    beforeSecond = previousPageSibling(beforeSecond);
  }
  return offset;
}

function stepForward(element: Element, steps: number): Element | null {
  let current: Element | null = element;
  for (let step = 0; step < steps && current !== null; step += 1) current = nextPageSibling(current);
  return current;
}

function stepBack(element: Element, steps: number): Element | null {
  let current: Element | null = element;
  for (let step = 0; step < steps && current !== null; step += 1) current = previousPageSibling(current);
  return current;
}

/**
 * Per list container: the nearest element that may be the page's article (cached: a list does not move in and out of
 * articles). Whether that one is the article or a post of a feed depends on its siblings, which come and go: that is
 * asked each time (see `isFeedCard`).
 */
const nearestArticleCache = new WeakMap<Element, Element | null>();
function isInArticleContext(element: Element): boolean {
  const parent = element.parentElement;
  if (parent === null) return false;
  let article = nearestArticleCache.get(parent);
  if (article === undefined) {
    article = parent.closest(ARTICLE_CONTEXT_SELECTOR);
    nearestArticleCache.set(parent, article);
  }
  // A feed marks up each post as an `<article>` (微博, blogs' archives): a post among posts is an entry whose comments
  // are entries too, not an article's bullet points.
  while (article !== null && isFeedCard(article)) article = article.parentElement?.closest(ARTICLE_CONTEXT_SELECTOR) ?? null;
  return article !== null && !isCommentSection(parent, article);
}

function isArticleElement(element: Element): boolean {
  return element.localName === 'article' || element.getAttribute('role') === 'article';
}

/**
 * A post of a feed: an `<article>` (or `role=article`) beside other posts, each one itself or inside wrappers of the
 * same depth that hold only it. Never one that holds the page's heading (h1): that is the page's article, whatever
 * follows it (related posts, the next story of an endless page).
 */
function isFeedCard(article: Element): boolean {
  if (!isArticleElement(article) || article.getElementsByTagName('h1').length > 0) return false;
  let current: Element | null = article;
  for (let depth = 0; current !== null && depth < MAX_WRAPPER_DEPTH; depth += 1) {
    if (countPostSiblings(current, depth) >= MIN_SIMILAR_SIBLINGS) return true;
    const parent: Element | null = current.parentElement;
    current = parent !== null && onlyPageChild(parent) === current ? parent : null;
  }
  return false;
}

/** The siblings of `element` within the window that hold a post `depth` wrappers down (our placeholders aside). */
function countPostSiblings(element: Element, depth: number): number {
  let count = 0;
  for (const step of [previousPageSibling, nextPageSibling]) {
    let sibling = step(element);
    for (let looked = 0; sibling !== null && looked < SIBLING_WINDOW; sibling = step(sibling), looked += 1) {
      let inner: Element | null = sibling;
      for (let level = 0; inner !== null && level < depth; level += 1) inner = onlyPageChild(inner);
      if (inner !== null && isArticleElement(inner)) count += 1;
    }
  }
  return count;
}

/**
 * A comment section is no part of the article's text, even inside its container (div.article-content > #comment):
 * whole words in an id or class (`comment-list`, `CommentList`, `replies`), not `commentary`.
 */
const COMMENT_SECTION = /(?:^|[-_\s])(?:[Cc]omments?|[Rr]epl(?:y|ies)|评论)(?:[-_\sA-Z]|$)|[a-z](?:Comments?|Repl(?:y|ies))(?:[-_\sA-Z]|$)/;

/** Whether `element` or an ancestor below `article` names a comment section in its id or class. */
function isCommentSection(element: Element, article: Element): boolean {
  for (let current: Element | null = element; current !== null && current !== article; current = current.parentElement) {
    if (COMMENT_SECTION.test(current.id) || COMMENT_SECTION.test(current.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function linksOf(elements: readonly Element[]): Element[] {
  const links: Element[] = [];
  for (const element of elements) {
    if (element.localName === 'a' && element.hasAttribute('href')) links.push(element);
    const inner = element.getElementsByTagName('a');
    for (let index = 0; index < inner.length; index += 1) {
      const link = inner[index]!;
      if (link.hasAttribute('href')) links.push(link);
    }
  }
  return links;
}

function linkTextLength(elements: readonly Element[]): number {
  let length = 0;
  for (const link of linksOf(elements)) length += normalizeSpace(link.textContent ?? '').length;
  return length;
}

/**
 * Reads the item with head `head` and checks that it is the size and kind of one list item. Returns null for
 * anything larger (a block of items, an article), for prose, and for entries too short to judge.
 */
export function readListItem(head: Element): ListItem | null {
  // A component that shows nothing of its own light tree: its words are in its shadow tree.
  if (isComponent(head) && normalizeSpace(head.textContent ?? '').length < MIN_ITEM_TEXT) return readComponentItem(head);
  const elements = groupItemElements(head);
  const isEntryByClass = hasEntryClass(head);
  let nested = nestedEntries(head);
  // One query per element finds its links and what disqualifies it (an h1, entries that form a list: a block of
  // items), what is not its words (a list of replies inside it) or must be skipped in its text (scripts, styles): most
  // items hold none of the latter, and then textContent is the text. (One query, not two: this runs for every item of
  // every list. Indexed, not iterated: a NodeList's iterator costs as much as the query.)
  let hasNonText = false;
  let links: Element[] = [];
  let quotes: Element[] | null = null;
  for (const element of elements) {
    if (element.localName === 'a' && element.hasAttribute('href')) links.push(element);
    const entries: Element[] = [];
    const found = element.querySelectorAll(SCREENING_SELECTOR);
    const replies = replyEntriesIn(found, nested, element);
    if (replies !== null) {
      if (textLengthWithout(element, replies) >= MIN_ITEM_TEXT) nested = nested === null ? replies : [...nested, ...replies];
      // Entries and nothing else of its own to say: a block of entries (a comment with its reply list), no item.
      else if (element === head) return null;
    }
    const nestedSoFar = nested === null ? null : new Set(nested);
    let quote: Element | null = null;
    for (let index = 0; index < found.length; index += 1) {
      const node = found[index]!;
      if (nestedSoFar !== null && isInsideSet(node, nestedSoFar, element)) continue;
      // In document order: what follows a quote inside it is quoted too.
      if (quote !== null && quote.contains(node)) continue;
      if (isQuote(node)) {
        quote = node;
        (quotes ??= []).push(node);
        continue;
      }
      const tag = node.localName;
      if (tag === 'a') {
        if (node.hasAttribute('href')) links.push(node);
      } else if (tag === 'h1') return null;
      else if (tag === 'li' || tag === 'tr' || tag === 'dt') entries.push(node);
      else if (NON_TEXT_TAGS.has(tag)) hasNonText = true;
    }
    // A list entry by its markup or its class is an entry whatever lines it is laid out in.
    const mayBeBox = entries.length === 0 && element === head && !isEntryByClass && !isListEntryByMarkup(element);
    const alikeBlocks = mayBeBox ? alikeEntryBlocks(element) : null;
    if (alikeBlocks !== null || formsList(entries)) {
      // A block of items, unless its class names one entry or it says much of its own beside the list: then the
      // list is its answers or replies (a question and the answers under it, a forum floor and the replies in it),
      // not its words, each judged on its own.
      const answers = alikeBlocks ?? outermost(entries);
      if (!isEntryByClass && textLengthWithout(element, answers) < MIN_TEXT_BESIDE_REPLIES) return null;
      nested = nested === null ? answers : [...nested, ...answers];
      const inAnswers = new Set(answers);
      links = links.filter((link) => !isInsideSet(link, inAnswers, element));
    }
  }
  if (links.length > MAX_ITEM_LINKS) return null;
  const readText = (element: Element) => (hasNonText ? readVisibleText(element) : (element.textContent ?? ''));
  // A quote with next to nothing beside it (a repost: 转发微博 and the post) is what the entry shows: its words.
  if (quotes !== null && textLengthWithout(elements[0]!, [...(nested ?? []), ...quotes]) < MIN_TEXT_BESIDE_QUOTE) quotes = null;
  const skipped = nested === null && quotes === null ? null : new Set([...(nested ?? []), ...(quotes ?? [])]);
  const readOwnText = skipped === null ? readText : (element: Element) => readVisibleTextOutside(element, skipped);
  const full = normalizeSpace(elements.length === 1 ? readOwnText(elements[0]!) : elements.map(readOwnText).join(' '));
  if (full.length < MIN_ITEM_TEXT || full.length > MAX_ITEM_TEXT) return null;

  let title = '';
  let titleLink: Element | undefined;
  let headlineLinks = 0;
  let linkText = 0;
  const controls: string[] = [];
  for (const link of links) {
    const text = hasNonText ? readVisibleText(link) : normalizeSpace(link.textContent ?? '');
    linkText += text.length;
    if (isControlText(text)) {
      controls.push(text);
      continue;
    }
    if (isHeadline(text)) headlineLinks += 1;
    if (text.length > title.length) {
      title = text;
      titleLink = link;
    }
  }
  if (headlineLinks > MAX_HEADLINE_LINKS || isRowOfEntries(elements[0]!)) return null;
  // A block among blocks of lists (columns) is no item; a forum floor among floors with reply lists says much itself.
  const isColumn = !isEntryByClass && full.length < MIN_TEXT_BESIDE_REPLIES && isAmongBlocks(elements[0]!);
  if (!isListEntryByMarkup(elements[0]!) && !isCardLink(elements[0]!) && (isTitledSection(elements) || isColumn)) return null;
  // In the article, only link-dominated entries (related reading) are list items: bullet points are prose.
  if (linkText < full.length / 2 && isInArticleContext(elements[0]!)) return null;
  // Long unlinked text is a paragraph, whatever its markup; but not an entry laid out in blocks (a comment or a
  // forum floor: the poster, the post, its quotes, its actions).
  if (full.length > 150 && linkText < full.length / 5 && headingText(elements, skipped) === '' && !isLaidOutInBlocks(elements[0]!)) {
    return null;
  }
  if (full.length > 200 && isMuchLongerThanSiblings(elements[0]!, full.length)) return null;

  // A card that is one link reads as its heading and the rest, as it shows them, not as one run of text. (A card with
  // a title link of its own keeps it: its heading may be a label, 热门话题.)
  if (title.length < MIN_ITEM_TEXT || titleLink === elements[0]) title = headingText(elements, skipped) || title;
  // The controls come after the words they act on: each one's last occurrence is it.
  let words = full;
  for (let index = controls.length - 1; index >= 0; index -= 1) words = removeLast(words, controls[index]!);
  words = withoutActionBar(words);
  if (title.length < MIN_ITEM_TEXT) title = elements.length > 1 ? normalizeSpace(readOwnText(elements[0]!)) : words;
  const item: ListItem = { head: elements[0]!, elements, title, summary: removeFirst(words, title) };
  const reposted = quotes?.filter(isRepost).map(readVisibleText).join(' ') ?? '';
  if (reposted.length >= MIN_ITEM_TEXT) item.reposted = reposted;
  if (nested !== null) {
    item.nested = nested;
    const parts = ownParts(elements, nested);
    if (parts.length > 0) item.parts = parts;
  } else if (elements.length === 1 && isCarouselSlide(head)) {
    const parts = slideContent(head);
    if (parts !== null) item.parts = parts;
  }
  return item;
}

/** A slide of a carousel library's strip (Swiper, Slick, Owl, Bootstrap, Glide, Splide), or one the markup names so. */
const SLIDE_CLASS_TOKEN = /(?:^|\s)(?:swiper-slide|slick-slide|owl-item|carousel-item|glide__slide|splide__slide|swiper-item)(?:\s|$)/;

function isCarouselSlide(element: Element): boolean {
  return SLIDE_CLASS_TOKEN.test(element.getAttribute('class') ?? '') || element.getAttribute('aria-roledescription') === 'slide';
}

/**
 * What collapsing a slide hides: what it holds, not the slide. A carousel places its slides by index and by width
 * (and loop mode clones them by position among the strip's children): a slide that vanished, or a placeholder beside
 * it, would shift every slide after it. Null when the slide holds text of its own, outside any element.
 */
function slideContent(slide: Element): Element[] | null {
  const parts: Element[] = [];
  for (let node = slide.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return null;
    if (node.nodeType === 1 && !(node as Element).hasAttribute(OWN_ATTRIBUTE)) parts.push(node as Element);
  }
  return parts.length > 0 ? parts : null;
}

/**
 * The largest parts of `elements` that hold none of `nested`: what hides the item and leaves its replies in view.
 * (Text directly beside a reply list, outside any element, cannot be hidden on its own and stays.)
 */
function ownParts(elements: readonly Element[], nested: readonly Element[], composed = false): Element[] {
  const entries = new Set(nested);
  // Every element between an entry and the item holds an entry: it is looked into, not hidden whole. (A component's
  // parts are looked for in its shadow tree: see `readComponentItem`.)
  // In a component, an entry slotted in from its light tree sits where its slot is.
  const parentOf = (element: Element): Element | null =>
    composed ? (element.assignedSlot ?? element.parentElement ?? hostOf(element)) : element.parentElement;
  const holders = new Set<Element>();
  for (const entry of nested) {
    for (let current = parentOf(entry); current !== null && !holders.has(current); current = parentOf(current)) {
      holders.add(current);
      if (elements.includes(current)) break;
    }
  }
  const parts: Element[] = [];
  const collect = (element: Element): void => {
    const tree = composed ? (element.shadowRoot ?? element) : element;
    for (let child = tree.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (entries.has(child) || child.hasAttribute(OWN_ATTRIBUTE) || NON_TEXT_TAGS.has(child.localName)) continue;
      if (holders.has(child)) collect(child);
      else parts.push(child);
    }
  };
  for (const element of elements) {
    if (holders.has(element)) collect(element);
    else parts.push(element);
  }
  return parts;
}

/**
 * What a component's whole rendering may hold, at most, and still be one entry (an app shell or a widget is more):
 * its shadow tree and the shadow trees of the components in it (a B站 comment is a dozen of them), where the climb
 * (`hostToClimbTo`) looks at one shadow tree only and allows MAX_ITEM_SHADOW_ELEMENTS.
 */
const MAX_COMPONENT_ELEMENTS = 200;
/** List entries that make a component a list (a 热榜 widget), not one entry with a few tags. */
const MIN_LIST_ENTRIES = 3;
/**
 * Tags no single entry holds: the page's landmarks, a page heading, frames. (A `header` or `footer` in a shadow tree
 * is an entry's author line or action bar; a reply box's `form` comes and goes inside a thread.)
 */
const NOT_IN_COMPONENT_ENTRY = new Set(['html', 'body', 'main', 'nav', 'aside', 'h1', 'iframe', 'frame', 'dialog']);

/**
 * An item drawn by a component whose words are all in its shadow tree (B站's `<bili-comment-thread-renderer>`, a
 * tree of components each with a shadow root of its own): read as it shows, components inside it included, except
 * entries of their own inside it (the replies: repeated components that say something), each judged as itself.
 * Collapsing it hides its own parts, in its shadow tree, when it holds such entries. Null when it is no item after all:
 * what `readListItem` refuses in an entry (a list, a landmark, an h1, many headlines), or more markup than an entry
 * has (a widget, an app shell).
 */
function readComponentItem(head: Element): ListItem | null {
  const nested: Element[] = [];
  let elements = 0;
  let headlines = 0;
  let listEntries = 0;
  let isRefused = false;
  const enter = (element: Element): boolean => {
    if (isRefused) return false;
    const tag = element.localName;
    if (isComponent(element) && isItemHead(element) && isSayingSomething(element)) {
      nested.push(element);
      return false;
    }
    if (tag === 'a' && element.hasAttribute('href') && isHeadline(normalizeSpace(element.textContent ?? ''))) headlines += 1;
    if ((tag === 'li' || tag === 'tr' || tag === 'dt') && isListEntryByMarkup(element)) listEntries += 1;
    isRefused =
      ++elements > MAX_COMPONENT_ELEMENTS || NOT_IN_COMPONENT_ENTRY.has(tag) || headlines > MAX_HEADLINE_LINKS || listEntries >= MIN_LIST_ENTRIES;
    return !isRefused;
  };
  const words = withoutActionBar(readComposedText(head, enter));
  if (isRefused || words.length < MIN_ITEM_TEXT || words.length > MAX_ITEM_TEXT) return null;
  const item: ListItem = { head, elements: [head], title: words, summary: '' };
  if (nested.length > 0) {
    item.nested = nested;
    const parts = ownParts([head], nested, true);
    if (parts.length > 0) item.parts = parts;
  }
  return item;
}

/**
 * A component that says something as it shows (a reply's words are in the components it is drawn with), not a
 * control: two `<sl-button>`s in an action bar are no replies.
 */
function isSayingSomething(component: Element): boolean {
  const text = readComposedText(component, () => true);
  return text.length >= MIN_ITEM_TEXT && !isControlText(text);
}

/**
 * Entries of the same kind nested in `head`, outermost only: descendants drawn like the item itself (its tag and very
 * class: a comment's replies rendered with the comment's own classes, hashed ones too) or like its first part (a
 * comment card repeated for each reply, deeper down: `div > div.card + div.replies > div > div.card`). Null when there
 * are none, as for most items, and when they are all it says (a layout wrapper: `div.row` in `div.row`).
 */
function nestedEntries(head: Element): Element[] | null {
  let nested = descendantsDrawnLike(head, head, false);
  // Our placeholder, put before the parts of a collapsed comment, is no part of it.
  const firstPart = firstPageChild(head);
  if (firstPart !== null && !INLINE_TAGS.has(firstPart.localName)) {
    const replies = descendantsDrawnLike(head, firstPart, true);
    if (replies !== null) nested = nested === null ? replies : outermost([...nested, ...replies].sort(inDocumentOrder));
  }
  return nested !== null && textLengthWithout(head, nested) >= MIN_ITEM_TEXT ? nested : null;
}

/**
 * Characters that may keep a class out of a selector's reach (CSS reads NUL and unpaired surrogates as U+FFFD): a
 * token holding one, or any surrogate (simpler to test, and rare in a class), is looked for without a selector.
 */
const UNSELECTABLE_CHARACTER = /[\0\uD800-\uDFFF]/;

/**
 * The outermost descendants of `head` with `model`'s tag and very class, other than `model`; with `deeper`, only
 * those below `head`'s children (a part beside `model` is another part of the same entry, not an entry).
 */
function descendantsDrawnLike(head: Element, model: Element, deeper: boolean): Element[] | null {
  const className = model.getAttribute('class');
  if (className === null) return null;
  const token = firstClassToken(className);
  if (token === '') return null;
  // Most heads hold nothing of the class: a query that stops at the first match says so for far less than making
  // the live collection below (Chromium, 3,000-item page: those collections cost 4–7% of the content script's
  // thread time).
  if (!UNSELECTABLE_CHARACTER.test(token) && head.querySelector(`.${CSS.escape(token)}`) === null) return null;
  const candidates = head.getElementsByClassName(token);
  let found: Element[] | null = null;
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index]!;
    if (candidate === model || candidate.localName !== model.localName || candidate.getAttribute('class') !== className) continue;
    // A part beside `model` is another part of the same entry; a class repeated inside `model` is its own layout.
    if (deeper && (candidate.parentElement === head || model.contains(candidate))) continue;
    // In document order: one inside the last one kept is inside an outer one.
    if (found !== null && found.at(-1)!.contains(candidate)) continue;
    (found ??= []).push(candidate);
  }
  return found;
}

function inDocumentOrder(first: Element, second: Element): number {
  return first.compareDocumentPosition(second) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

function firstClassToken(className: string): string {
  const trimmed = className.trim();
  const end = trimmed.search(/\s/);
  return end === -1 ? trimmed : trimmed.slice(0, end);
}

/**
 * The replies inside an item, from its screening query `found`: two or more alike blocks whose class names an entry
 * (`comment-item`, `reply`) and that hold words, outermost, outside `nested`; null when there are none. (Spans named
 * `meta-item` are parts of a line, not entries.)
 */
function replyEntriesIn(found: NodeListOf<Element>, nested: readonly Element[] | null, holder: Element): Element[] | null {
  const skipped = nested === null ? null : new Set(nested);
  let replies: Element[] | null = null;
  for (let index = 0; index < found.length; index += 1) {
    const node = found[index]!;
    if (INLINE_TAGS.has(node.localName) || !hasEntryClass(node)) continue;
    // In document order: one inside the last reply kept is inside a reply.
    if ((replies !== null && replies.at(-1)!.contains(node)) || (skipped !== null && isInsideSet(node, skipped, holder))) continue;
    if (normalizeSpace(node.textContent ?? '').length < MIN_ITEM_TEXT) continue;
    (replies ??= []).push(node);
  }
  return replies !== null && replies.length >= 2 && replies.every((reply) => isSimilar(reply, replies[0]!)) ? replies : null;
}

/** The length of `element`'s text without that of `parts` (elements inside it). */
function textLengthWithout(element: Element, parts: readonly Element[]): number {
  let length = normalizeSpace(element.textContent ?? '').length;
  for (const part of parts) length -= normalizeSpace(part.textContent ?? '').length;
  return length;
}

/** `entries` (in document order) without those inside another of them. */
function outermost(entries: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const entry of entries) if (kept.length === 0 || !kept.at(-1)!.contains(entry)) kept.push(entry);
  return kept;
}

/** Whether `node` is one of `holders` or lies inside one, looking up to `root` (exclusive). */
function isInsideSet(node: Element, holders: ReadonlySet<Element>, root: Element): boolean {
  for (let current: Element | null = node; current !== null && current !== root; current = current.parentElement) {
    if (holders.has(current)) return true;
  }
  return false;
}

/**
 * Links that are an entry's controls, not its words (回复 支持 举报 under a forum post, 下载 beside a game in an app
 * store's grid): a report button reports nothing, and its word would count as a real report's.
 */
const CONTROL_WORDS = new Set(['回复', '举报', '分享', '点赞', '赞', '收藏', '转发', '评论', '支持', '反对', '引用', '只看该作者', '下载', '立即下载']);
/** Longer link texts are no control word: most are headlines, not worth hashing for the lookup. */
const MAX_CONTROL_WORD_LENGTH = Math.max(...[...CONTROL_WORDS].map((word) => word.length));
/** A count after a control word (回复(2), 评论 12): the control still. */
const CONTROL_COUNT = /^(\S+?)\s*[(（]?\s*\d+\s*[)）]?$/;

/** Whether a link's text is a control word, with or without its count. */
function isControlText(text: string): boolean {
  if (text.length <= MAX_CONTROL_WORD_LENGTH && CONTROL_WORDS.has(text)) return true;
  const counted = text.length <= MAX_CONTROL_WORD_LENGTH + 8 ? CONTROL_COUNT.exec(text) : null;
  return counted !== null && CONTROL_WORDS.has(counted[1]!);
}

/**
 * An action bar drawn without links at an entry's end (👍 3 评论 举报, 2.3万 回复 分享): two control words or more,
 * with their counts, after a space, a count or a symbol. One control word at the end may be the entry's own (网友纷纷
 * 举报), and so may words run into the sentence (网友纷纷点赞转发, 我不支持也不反对): they stay.
 */
const ACTION_BAR = new RegExp(
  `(?:^|[\\s\\d.万+·|｜\\p{So}])(?:[\\s\\d.万+·|｜\\p{So}]*(?:${[...CONTROL_WORDS].join('|')})){2,}[\\s\\d.万+\\p{So}]*$`,
  'u',
);
/** The bar is short: it is looked for in the entry's last characters only. */
const ACTION_BAR_SPAN = 40;

/** How a bar ends: a control word's last character, or a count or an emoji after it. */
const ACTION_BAR_END = new RegExp(`[${[...CONTROL_WORDS].map((word) => word.at(-1)).join('')}\\d\\p{So}]$`, 'u');

function withoutActionBar(words: string): string {
  // Most entries end in a word of their own: one test of the last character spares them the search.
  if (!ACTION_BAR_END.test(words)) return words;
  const start = Math.max(0, words.length - ACTION_BAR_SPAN);
  const bar = ACTION_BAR.exec(start === 0 ? words : words.slice(start));
  return bar === null ? words : words.slice(0, start + bar.index).trimEnd();
}

/**
 * A table row whose cells are separate entries, not one entry: a grid laid out in rows, whose words would otherwise
 * add up to one verdict. Either every cell holds a headline to a page of its own (two news columns of `td: · 标题
 * 日期`), or every cell is one link of unlike lengths and nothing else (a 友情链接 directory), and the cells are the
 * items; or every cell is one link of about the same length (相关搜索: 四川麻将技巧口诀 | 四川麻将查大叫 | …), too short
 * to judge one by one, and nothing in the row is. A news row's cells differ: a title beside a date, a count or a name.
 */
function isRowOfEntries(row: Element): boolean {
  if (isLinkGridRow(row) || singleLinkCells(row) !== null) return true;
  const cells = cellsOf(row);
  return cells.length > 0 && holdsHeadlineCell(row, cells[0]!);
}

/** The cells of a table row (our placeholders, which sit among them while a cell is collapsed, are none). */
function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  if (row.localName !== 'tr') return cells;
  for (let child = row.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child.localName === 'td' || child.localName === 'th') cells.push(child);
  }
  return cells;
}

/**
 * A cell holding a headline in a row whose every cell holds one (see `isRowOfEntries`), or whose row before does (a
 * row still being parsed, an odd last row): an item of its own.
 */
function isEntryCell(cell: Element): boolean {
  const row = cell.parentElement;
  if ((cell.localName !== 'td' && cell.localName !== 'th') || row === null || row.localName !== 'tr') return false;
  return !isLinkGridRow(row) && (holdsHeadlineCell(row, cell) || singleLinkCells(row) !== null);
}

/** `row` holds headline cells (see `isEntryCell`), `cell` among them. */
function holdsHeadlineCell(row: Element, cell: Element): boolean {
  if (hasHeadlineCells(row)) return true;
  const previous = row.previousElementSibling;
  return previous !== null && previous.localName === 'tr' && headlineHrefs(cell, true).length > 0 && hasHeadlineCells(previous);
}

/**
 * Every cell with text holds a headline (not a user name: `author_1`), the cells of about the same length, no page
 * linked from two cells, and there are two such cells or more.
 */
function hasHeadlineCells(row: Element): boolean {
  const seen = new Set<string>();
  let cells = 0;
  let shortest = Infinity;
  let longest = 0;
  for (const cell of cellsOf(row)) {
    const hrefs = headlineHrefs(cell, true);
    if (hrefs.length === 0) {
      if (normalizeSpace(cell.textContent ?? '') === '') continue;
      return false;
    }
    if (hrefs.some((href) => seen.has(href))) return false;
    for (const href of hrefs) seen.add(href);
    const length = normalizeSpace(cell.textContent ?? '').length;
    shortest = Math.min(shortest, length);
    longest = Math.max(longest, length);
    cells += 1;
  }
  return cells >= 2 && longest <= 2.5 * shortest;
}

/**
 * Three or more links of about the same length, each alone in its cell and to a page of its own: a grid of search
 * suggestions (相关搜索), too short to judge one by one. (Two are a title and its author; links of unlike lengths are a
 * directory, whose cells are entries: see `singleLinkCells`.)
 */
function isLinkGridRow(row: Element): boolean {
  const links = singleLinkCells(row);
  if (links === null) return false;
  const lengths = links.map((link) => normalizeSpace(link.textContent ?? '').length);
  return Math.min(...lengths) >= MIN_ITEM_TEXT && Math.max(...lengths) <= 2 * Math.min(...lengths);
}

/**
 * A row of three cells or more, each one link to a page of its own and nothing else (a 友情链接 directory, a grid of
 * links): its cells are its entries, each judged alone. Null when it is not one; else the links.
 */
function singleLinkCells(row: Element): Element[] | null {
  const cells = cellsOf(row);
  if (cells.length < 3) return null;
  const links: Element[] = [];
  const hrefs = new Set<string>();
  for (const cell of cells) {
    const inside = cell.getElementsByTagName('a');
    if (inside.length !== 1) return null;
    const text = normalizeSpace(cell.textContent ?? '');
    if (normalizeSpace(inside[0]!.textContent ?? '') !== text || text === '') return null;
    hrefs.add(inside[0]!.getAttribute('href') ?? '');
    links.push(inside[0]!);
  }
  return hrefs.size === cells.length ? links : null;
}

/** `li` in a list, `tr`, `dt`/`dd`, `role=listitem`: an entry because the markup says so. */
function isListEntryByMarkup(element: Element): boolean {
  return isIntrinsicItem(element, element.localName, element.getAttribute('role'));
}

/**
 * A heading of its own with no link, and other content: a titled section (a column, a box: 「推荐卡片」 and its
 * cards), not an item, whose heading is its linked title.
 */
function isTitledSection(elements: readonly Element[]): boolean {
  return elements.some((element) => {
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (HEADING_TAGS.has(child.localName) && child.getElementsByTagName('a').length === 0 && child !== element.lastElementChild) {
        return true;
      }
    }
    return false;
  });
}

/** Its nearest similar siblings hold lists: it is one of several blocks of items (columns), not an item. */
function isAmongBlocks(element: Element): boolean {
  const previous = nearestSibling(element, previousPageSibling, true);
  const next = nearestSibling(element, nextPageSibling, true);
  return (previous !== null && holdsEntries(previous)) || (next !== null && holdsEntries(next));
}

/** Holds entries that make a list (see `formsList`): whatever holds them is a list or a block of lists, not an item. */
function holdsEntries(element: Element): boolean {
  return formsList(element.querySelectorAll('li, tr, dt'));
}

/**
 * Whether list entries make what holds them a list, not one item: two or more, with a headline among them or links
 * to two pages or more. A card's own bar of short entries (转发 评论 赞, counts: links to nowhere or to the card's
 * own actions) makes none; a box of short tag links, or a reply list with one long reply, does.
 */
function formsList(entries: ArrayLike<Element>): boolean {
  if (entries.length < 2) return false;
  const pages = new Set<string>();
  let counted = 0;
  let hasHeadline = false;
  let lastTable: Element | null = null;
  let lastTableLaysOutEntry = false;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    // Rows that lay a page or an entry out (a lone row, a forum floor's rows) are no entries of a list.
    if (entry.localName === 'tr') {
      const table = tableOf(entry);
      if (table !== lastTable) {
        lastTable = table;
        lastTableLaysOutEntry = isEntryLayoutTable(table);
      }
      if (lastTableLaysOutEntry || isLoneLayoutRow(entry)) continue;
    }
    counted += 1;
    hasHeadline ||= isHeadline(normalizeSpace(entry.textContent ?? ''));
    for (const link of entry.getElementsByTagName('a')) {
      const href = link.getAttribute('href') ?? '';
      if (href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href)) pages.add(href);
    }
    if (counted >= 2 && (hasHeadline || pages.size >= 2)) return true;
  }
  return false;
}

/** The text of the item's first heading, outside `skipped` (its replies' and quotes' headings are theirs). */
function headingText(elements: readonly Element[], skipped: ReadonlySet<Element> | null): string {
  for (const element of elements) {
    if (HEADING_TAGS.has(element.localName)) return readVisibleText(element);
    if (skipped === null) {
      const heading = element.querySelector('h2, h3, h4, h5, h6');
      if (heading !== null) return readVisibleText(heading);
      continue;
    }
    for (const heading of element.querySelectorAll('h2, h3, h4, h5, h6')) {
      if (!isInsideSet(heading, skipped, element)) return readVisibleText(heading);
    }
  }
  return '';
}

function isMuchLongerThanSiblings(element: Element, length: number): boolean {
  const lengths = similarSiblings(element)
    .slice(0, 3)
    .map((sibling) => normalizeSpace(sibling.textContent ?? '').length);
  return lengths.length > 0 && length > 3 * Math.max(...lengths);
}

/** The list item that holds `start`, read and checked; null when `start` is in no acceptable item. */
export function findListItem(start: Element, memo?: ClimbMemo): ListItem | null {
  const head = findItemHead(start, memo);
  return head === null ? null : readItemAt(head);
}

/** The item whose head `findItemHead` found, read and checked. */
export function readItemAt(head: Element): ListItem | null {
  // Repeated links inside a list entry (`li: [财经] 标题 评论`) are parts of that entry: the markup says the entry
  // is the item, so take it when it is item-sized. Otherwise the repeated link itself is the item.
  const parent = head.parentElement;
  if (parent !== null && !isIntrinsicItem(head, head.localName, head.getAttribute('role')) && !isEntryCell(head)) {
    if (isIntrinsicItem(parent, parent.localName, parent.getAttribute('role'))) {
      const entry = readEntry(parent);
      if (entry !== null) return entry;
    }
  }
  return readEntry(head);
}

/**
 * Reads the item at `head`, or, when `head` is all its list holds, the list itself when lists like it repeat (each
 * comment a `dl.reply`), or else the item above the list: a list of one entry is no list but part of an item
 * (`div.news-box > dl > dt dd dd`, repeated: the box is the item, and collapsing only the entry would leave the empty
 * box). Only the nearest item above, and only when it is item-sized (holding no other entries); else `head` itself.
 */
function readEntry(head: Element): ListItem | null {
  const list = listFilledBy(head);
  // A list of one entry among lists like it (each comment a `dl.reply` of its `dt` and `dd`s) is the entry itself.
  if (list !== null && hasSimilarSiblings(list)) {
    const item = readListItem(list);
    if (item !== null) return item;
  }
  const above = list === null ? null : list.parentElement;
  if (list !== null && above !== null) {
    const holder = findItemHead(above);
    // One level up only: a chain of one-entry lists (a thread of single replies) is several items, not one.
    const item = holder === null || !isListAndLabel(holder, list) ? null : readListItem(holder);
    if (item !== null) return item;
  }
  return readListItem(head);
}

/** Text beside the list that still makes its holder one entry: a label (推广, 财经) or a date, not a comment of its own. */
const MAX_LABEL_LENGTH = 20;

/**
 * Whether `holder` is the list and at most a short label: no link outside the list, little text. (A comment holding
 * its one reply is two items: the reply must be judged on its own words.)
 */
function isListAndLabel(holder: Element, list: Element): boolean {
  if (textLengthWithout(holder, [list]) > MAX_LABEL_LENGTH) return false;
  for (const link of holder.querySelectorAll('a[href]')) if (!list.contains(link)) return false;
  return true;
}

/** List containers, which the climb never passes (STOP_TAGS) unless one holds a single entry (see `readEntry`). */
const LIST_TAGS = new Set(['ul', 'ol', 'menu', 'dl']);

/** The list that `head` (with its group: a `dt` and its `dd`s) fills on its own, or null. */
function listFilledBy(head: Element): Element | null {
  const list = head.parentElement;
  if (list === null || (!LIST_TAGS.has(list.localName) && list.getAttribute('role') !== 'list')) return null;
  // In a `dl` an entry starts with its `dt`: `dd`s alone are entries of their own, however they group.
  if (list.localName === 'dl' && head.localName !== 'dt') return null;
  // Cheap test first: in a list of several entries, all but the first have one before them.
  if (previousPageSibling(head) !== null) return null;
  const elements = groupItemElements(head);
  return previousPageSibling(elements[0]!) === null && nextPageSibling(elements.at(-1)!) === null ? list : null;
}
