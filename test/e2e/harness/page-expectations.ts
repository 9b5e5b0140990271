/**
 * Reads a fixture page's expectations: every element with `data-expect="hidden|visible"`, in the document, in open
 * shadow roots and in same-origin frames, with whether the browser renders it (it has boxes and is not
 * `visibility: hidden`). Also reads the extension's placeholders (open shadow roots) as a user would see them.
 */
import type { Page } from 'puppeteer-core';

import { waitFor } from './extension-browser';

export interface Expectation {
  expect: 'hidden' | 'visible';
  rendered: boolean;
  /** Where it is and how it starts, to tell which one failed. */
  label: string;
}

export async function readExpectations(page: Page): Promise<Expectation[]> {
  return page.evaluate(() => {
    const results: { expect: 'hidden' | 'visible'; rendered: boolean; label: string }[] = [];
    const visit = (root: Document | ShadowRoot, path: string) => {
      for (const element of root.querySelectorAll('[data-expect]')) {
        const view = element.ownerDocument.defaultView;
        const style = view?.getComputedStyle(element);
        results.push({
          expect: element.getAttribute('data-expect') === 'hidden' ? 'hidden' : 'visible',
          rendered: element.getClientRects().length > 0 && style?.visibility !== 'hidden',
          label: `${path}${element.localName}: ${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`,
        });
      }
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot !== null && !element.localName.startsWith('jingdu-')) {
          visit(element.shadowRoot, `${path}${element.localName}>>`);
        }
        if (element.localName === 'iframe') {
          try {
            const frameDocument = (element as HTMLIFrameElement).contentDocument;
            if (frameDocument !== null) visit(frameDocument, `${path}iframe#${element.id}>>`);
          } catch {
            // Cross-origin frame: not ours to read.
          }
        }
      }
    };
    visit(document, '');
    return results;
  });
}

export function unmetExpectations(expectations: readonly Expectation[]): Expectation[] {
  return expectations.filter((item) => (item.expect === 'hidden') === item.rendered);
}

/** Waits until every expectation holds (or the bound passes) and returns the last reading. */
export async function settleExpectations(page: Page, timeoutMs = 5_000): Promise<Expectation[]> {
  let last: Expectation[] = [];
  await waitFor(async () => {
    last = await readExpectations(page);
    return last.length > 0 && unmetExpectations(last).length === 0;
  }, 'expectations', timeoutMs).catch(() => undefined);
  return last;
}

export interface PlaceholderView {
  text: string;
  buttonText: string;
  ariaExpanded: string | null;
  ariaLabel: string | null;
  role: string | null;
  count: string | null;
}

/** The extension's placeholders in the page (document and open shadow roots), in document order. */
export async function readPlaceholders(page: Page): Promise<PlaceholderView[]> {
  return page.evaluate(() => {
    const found: PlaceholderView[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'jingdu-placeholder' && element.shadowRoot !== null) {
          const line = element.shadowRoot.querySelector('[role]');
          const button = element.shadowRoot.querySelector('button');
          found.push({
            text: (line?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            buttonText: button?.textContent ?? '',
            ariaExpanded: button?.getAttribute('aria-expanded') ?? null,
            ariaLabel: button?.getAttribute('aria-label') ?? null,
            role: line?.getAttribute('role') ?? null,
            count: element.getAttribute('data-count'),
          });
        } else if (element.shadowRoot !== null) {
          visit(element.shadowRoot);
        }
      }
    };
    visit(document);
    return found;
  });
}

/** Collects uncaught page errors (the page's own scripts must never fail because of us). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return errors;
}
