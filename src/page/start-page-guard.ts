import type { ContentScriptContext } from '#imports';

export function startPageGuard(ctx: ContentScriptContext): void {
  void ctx;
  document.documentElement.dataset.jingdu = 'ready';
}
