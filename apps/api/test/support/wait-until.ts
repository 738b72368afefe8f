/**
 * Polls an observable condition every 50 ms until it holds, and fails after `timeoutMs`: a bound,
 * not a delay. For what a test cannot be told directly (a browser list that loaded, a fake server
 * that recorded a call); never to let time pass.
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
