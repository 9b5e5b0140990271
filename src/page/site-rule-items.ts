/**
 * Items where a site rule describes the page: the elements its item selectors name are judged (reading the title
 * and summary parts when the rule names them), the elements its always-hide selectors name are hidden without
 * judging, and nothing inside an except selector is ever hidden.
 *
 * A selector that does not parse in this browser is dropped here, once, instead of throwing on every batch (the
 * options page refuses them on save; a list imported elsewhere might still hold one).
 */
import type { SiteRule } from '@/src/engine/rule-schema';
import { normalizeSpace, readVisibleText, removeFirst } from '@/src/page/read-item-text';
import type { ListItem } from '@/src/page/find-list-items';

interface ItemPart {
  selector: string;
  titleSelector: string | undefined;
  summarySelector: string | undefined;
  judge: boolean;
}

export interface SiteRulesForPage {
  /** True when a site rule names this site's items: generic detection then stays off here. */
  readonly describesItems: boolean;
  readonly itemSelector: string | null;
  readonly hideSelector: string | null;
  readonly exceptSelector: string | null;
  readonly parts: readonly ItemPart[];
}

export const NO_SITE_RULES: SiteRulesForPage = {
  describesItems: false,
  itemSelector: null,
  hideSelector: null,
  exceptSelector: null,
  parts: [],
};

export function prepareSiteRules(rules: readonly SiteRule[], document: Document): SiteRulesForPage {
  if (rules.length === 0) return NO_SITE_RULES;
  const probe = document.createDocumentFragment();
  const isValid = (selector: string) => {
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
  const parts: ItemPart[] = [];
  const hide: string[] = [];
  const except: string[] = [];
  for (const rule of rules) {
    const items = rule.itemSelectors.filter(isValid);
    if (items.length > 0) {
      parts.push({
        selector: items.join(', '),
        titleSelector: rule.titleSelector !== undefined && isValid(rule.titleSelector) ? rule.titleSelector : undefined,
        summarySelector:
          rule.summarySelector !== undefined && isValid(rule.summarySelector) ? rule.summarySelector : undefined,
        judge: rule.judgeItems,
      });
    }
    hide.push(...rule.hideSelectors.filter(isValid));
    except.push(...rule.exceptSelectors.filter(isValid));
  }
  const judged = parts.filter((part) => part.judge);
  return {
    describesItems: parts.length > 0,
    itemSelector: judged.length > 0 ? judged.map((part) => part.selector).join(', ') : null,
    hideSelector: hide.length > 0 ? hide.join(', ') : null,
    exceptSelector: except.length > 0 ? except.join(', ') : null,
    parts: judged,
  };
}

/** Elements matching `selector` in or around `node`: the one `node` is inside, and those inside `node`. */
export function matchAround(node: Element | Document | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  if (node.nodeType === 1) {
    const holder = (node as Element).closest(selector);
    if (holder !== null) found.push(holder);
  }
  for (const element of node.querySelectorAll(selector)) if (element !== found[0]) found.push(element);
  return found;
}

export function isExcepted(element: Element, site: SiteRulesForPage): boolean {
  return site.exceptSelector !== null && element.closest(site.exceptSelector) !== null;
}

/** Reads a site-rule item: its title and summary parts when the rule names them, else its whole text as title. */
export function readSiteItem(element: Element, site: SiteRulesForPage): ListItem | null {
  const part = site.parts.find((candidate) => element.matches(candidate.selector));
  if (part === undefined) return null;
  const full = readVisibleText(element);
  if (full === '') return null;
  const titleElement = part.titleSelector === undefined ? null : element.querySelector(part.titleSelector);
  const summaryElement = part.summarySelector === undefined ? null : element.querySelector(part.summarySelector);
  const title = titleElement === null ? full : readVisibleText(titleElement);
  const summary =
    summaryElement !== null
      ? readVisibleText(summaryElement)
      : titleElement !== null
        ? removeFirst(full, title)
        : '';
  return { head: element, elements: [element], title: normalizeSpace(title), summary };
}
