/**
 * The status-line text for a failed `storage.set`. Chromium rejects with "QUOTA_BYTES quota exceeded" (10 MB for
 * `storage.local` without `unlimitedStorage`, 8 KB per item in `storage.sync`), Firefox with a similar quota message.
 * A failed set changes nothing, so the message can promise that the previous rules are intact.
 */
export function describeWriteError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(detail)) {
    return '存储空间不足，没有保存，原来的规则保持不变。可以删除一些规则，或先导出备份再清理。';
  }
  return `保存失败，原来的规则保持不变：${detail}`;
}
