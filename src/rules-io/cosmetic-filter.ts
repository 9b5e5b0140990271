/**
 * The part of uBlock Origin / AdGuard cosmetic filter syntax that maps onto our rules, as a value:
 *
 *   a.com,b.com##.ad                    hide `.ad` on a.com and b.com          → site rule, hideSelectors
 *   ##.ad                               hide `.ad` everywhere                  → site rule for `*`
 *   a.com#@#.ad                         never hide `.ad` on a.com              → site rule, exceptSelectors
 *   a.com##li:has-text(开挂)            hide `li` items containing 开挂         → site rule itemSelectors ['li']
 *                                                                               + keyword rule for a.com
 *   a.com##.item:has-text(/开挂|透视/i)  the same with a regular expression     → site rule + regex rule (RE2)
 *
 * `parseFilterLine` reads one line into this value, `formatFilterLine` writes the canonical line back; reading the
 * canonical line again gives the same value, so ids hashed from it are stable across export and re-import.
 */
export interface CosmeticFilter {
  /** Lower-case host patterns; empty means every site (`##…`). */
  hosts: string[];
  /** `#@#`: an exception, never hide what the selector matches. */
  exception: boolean;
  /** The element selector; with `text`, the selector of the items whose text is judged. */
  selector: string;
  text?: FilterText;
}

export type FilterText = { kind: 'keyword'; term: string } | { kind: 'regex'; pattern: string; ignoreCase: boolean };

export function formatFilterLine(filter: CosmeticFilter): string {
  const marker = filter.exception ? '#@#' : '##';
  let text = '';
  if (filter.text?.kind === 'keyword') text = `:has-text(${filter.text.term})`;
  if (filter.text?.kind === 'regex') text = `:has-text(/${filter.text.pattern}/${filter.text.ignoreCase ? 'i' : ''})`;
  return `${filter.hosts.join(',')}${marker}${filter.selector}${text}`;
}
