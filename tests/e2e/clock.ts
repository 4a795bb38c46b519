import type { Page } from "@playwright/test";

/**
 * Gives the page a clock that stands at `at` until the test moves it (runFor, fastForward). The fake
 * clock starts an hour earlier and runs until it is paused, so pausing never has to go back in time
 * however slow the machine is.
 */
export async function stopClockAt(page: Page, at: Date): Promise<void> {
  await page.clock.install({ time: new Date(at.getTime() - 3_600_000) });
  await page.clock.pauseAt(at);
}
