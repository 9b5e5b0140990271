import { startPageGuard } from '@/src/page/start-page-guard';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  // about:blank and srcdoc frames too; frames the page writes before we run are adopted by the parent's guard.
  matchAboutBlank: true,
  main(ctx) {
    startPageGuard(ctx);
  },
});
