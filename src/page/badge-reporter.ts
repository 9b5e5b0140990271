/**
 * Tells the background how many items this frame has collapsed, for the toolbar badge. Reports are coalesced
 * (a feed hiding items one by one sends one message, not one per item), and only changes are sent. The top frame
 * always reports, 0 included, so a new page clears the old page's count; other frames report only once they have
 * collapsed something, so a page full of ad frames sends nothing. The count is the sending frame's: the background
 * keeps one count per frame of a tab and shows their sum.
 */
import type { ContentScriptMessage } from '@/src/messages';

export interface BadgeReporterOptions {
  isTopFrame: boolean;
  setTimeout(callback: () => void, delay: number): number;
  send(message: ContentScriptMessage): void;
}

const COALESCE_MS = 100;

export function createBadgeReporter(options: BadgeReporterOptions): (count: number) => void {
  let sent = options.isTopFrame ? -1 : 0;
  let latest = 0;
  let isScheduled = false;
  return (count) => {
    latest = count;
    if (isScheduled) return;
    isScheduled = true;
    options.setTimeout(() => {
      isScheduled = false;
      if (latest === sent) return;
      sent = latest;
      options.send({ type: 'badge/set-count', count: latest });
    }, COALESCE_MS);
  };
}
