/** How long health waits on the queue backend before calling it down. */
const QUEUE_ANSWER_MS = 2000;

/**
 * The queue backend's answer, or a rejection once it has taken too long: a Redis that is gone keeps
 * commands waiting for its return, and health must answer meanwhile.
 */
export async function queueAnswer<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('queue backend did not answer in time')), QUEUE_ANSWER_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
