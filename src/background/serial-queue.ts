/**
 * Runs tasks one at a time in the order they were queued. Every write to rules and settings goes through one queue,
 * and each task reads the latest stored value itself, so two pages that change rules at the same moment both get
 * their change: the second task sees the first one's result instead of overwriting it with a stale copy.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // A failed task must not stop the ones queued after it; its caller still sees the rejection.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
