// Checkpoints in the time breakdown: the results panel says what one checkpoint is and costs, and switching
// the run to asynchronous checkpointing shortens the time it blocks training.
import { expect, test } from '@playwright/test';
import { screenshotAtBothSizes } from '../support/screenshots';

test('the time breakdown describes the checkpoints, and asynchronous checkpointing blocks for less', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('results-status')).toHaveAttribute('data-status', 'current');
  const breakdown = page.getByTestId('time-breakdown');
  await expect(breakdown).toContainText('Checkpoints: 0.20 GB each (8 B per parameter');
  await expect(breakdown).toContainText("to the first node's local drives");
  await expect(breakdown).toContainText('synchronous, each blocks for its write');

  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByTestId('run-checkpoint-mode').selectOption('async');
  await expect(breakdown).toContainText('asynchronous, each blocks');
  await expect(breakdown).toContainText('(copy to host memory)');

  await screenshotAtBothSizes(page, breakdown, testInfo, 'time-breakdown');

  // One undo step puts the synchronous default back.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(breakdown).toContainText('synchronous, each blocks for its write');
});
