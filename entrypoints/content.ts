import { startPageGuard } from '@/src/page/start-page-guard';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    startPageGuard(ctx);
  },
});
