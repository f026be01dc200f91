// Responsiveness benchmark of the planner (not a test): edit-to-result time on the example design and on a
// 64-node cluster, and frame times while dragging a part on a canvas of 1,000 components.
// Usage: npm run build:renderer && npm run bench:ui   (Chromium from CHROMIUM_PATH or /usr/bin/chromium)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { exampleProject, serializeProject, type Component, type Link, type ProjectFile, type ServerType } from '../core';

const ROUNDS = 15;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}

function cluster64(): ProjectFile {
  const p = exampleProject('dgx-a100-resnet50-nvme');
  return { ...p, design: { ...p.design, name: 'Bench: 64-node cluster', serverTypes: p.design.serverTypes.map((s) => ({ ...s, count: 64 })) } };
}

/** Ten server types of 100 parts each (2 sockets, 12 switches, 48 GPUs, 24 NICs, 12 drives, 2 memory), linked as a PCIe tree. */
function canvas1000(): ProjectFile {
  const p = exampleProject('dgx-a100-resnet50-nvme');
  const servers: ServerType[] = [];
  for (let s = 0; s < 10; s++) {
    const components: Component[] = [];
    const links: Link[] = [];
    const add = (c: Omit<Component, 'count'>) => components.push({ ...c, count: 1 });
    const link = (l: Omit<Link, 'id'>) => links.push({ id: `l${links.length}`, ...l });
    for (let c = 0; c < 2; c++) {
      add({ id: `cpu${c}`, kind: 'cpu', model: 'epyc-9654' });
      add({ id: `mem${c}`, kind: 'memory', capacityGB: 768 });
      link({ kind: 'memory', from: `cpu${c}`, to: `mem${c}` });
    }
    link({ kind: 'socket', from: 'cpu0', to: 'cpu1' });
    for (let w = 0; w < 12; w++) {
      add({ id: `sw${w}`, kind: 'pcie-switch', model: 'pex88096' });
      link({ kind: 'pcie', from: `cpu${w % 2}`, to: `sw${w}`, lanes: 16 });
      for (let g = 0; g < 4; g++) {
        add({ id: `gpu${w * 4 + g}`, kind: 'gpu', model: 'h100-sxm5-80gb' });
        link({ kind: 'pcie', from: `sw${w}`, to: `gpu${w * 4 + g}`, lanes: 16 });
      }
      for (let n = 0; n < 2; n++) {
        add({ id: `nic${w * 2 + n}`, kind: 'nic', model: 'connectx-7-ndr-400g' });
        link({ kind: 'pcie', from: `sw${w}`, to: `nic${w * 2 + n}`, lanes: 16 });
      }
      add({ id: `nvme${w}`, kind: 'nvme-ssd', model: 'samsung-pm1733-15.36' });
      link({ kind: 'pcie', from: `sw${w}`, to: `nvme${w}`, lanes: 4 });
    }
    servers.push({ id: `node${s}`, name: `Node type ${s + 1}`, count: 1, components, links });
  }
  return { ...p, design: { ...p.design, name: 'Bench: 1,000 components', serverTypes: servers } };
}

async function openProject(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(file);
  // The edits made so far are unsaved: the app asks before replacing them.
  await page.getByRole('button', { name: 'Discard changes' }).click();
}

/** Milliseconds from committing an edit (Enter in the server count field) to the results being current again. */
async function editToResult(page: Page, serverTestId: string, baseCount: number): Promise<number[]> {
  await page.getByTestId(serverTestId).click({ position: { x: 30, y: 12 } });
  const field = page.getByTestId('inspector-server-count');
  await field.waitFor();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.getByTestId('results-status').and(page.locator('[data-status="current"]')).waitFor();
    await field.fill(String(baseCount + ((i + 1) % 2)));
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const status = document.querySelector('[data-testid="results-status"]')!;
          const input = document.querySelector<HTMLInputElement>('[data-testid="inspector-server-count"]')!;
          let t0 = 0;
          const observer = new MutationObserver(() => {
            if (t0 && status.getAttribute('data-status') === 'current') {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          });
          observer.observe(status, { attributes: true, attributeFilter: ['data-status'] });
          t0 = performance.now();
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }),
    );
    times.push(ms);
  }
  return times;
}

/** Frame intervals (ms) while a part is dragged across its server in 120 mouse steps. */
async function dragFrames(page: Page): Promise<number[]> {
  const part = page.getByTestId('part-node0-gpu5');
  await part.scrollIntoViewIfNeeded();
  const box = (await part.boundingBox())!;
  // A string, not a function: the TypeScript loader wraps named functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    let last = performance.now();
    const tick = (t) => { window.frames_.push(t - last); last = t; if (!window.stop_) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 120; i++) await page.mouse.move(box.x + box.width / 2 + i * 2, box.y + box.height / 2 + Math.sin(i / 10) * 30);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop_: boolean };
    w.stop_ = true;
    return w.frames_.slice(2);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'trainwright-bench-'));
const files = { cluster: join(dir, 'cluster64.trainwright'), big: join(dir, 'canvas1000.trainwright') };
writeFileSync(files.cluster, serializeProject(cluster64().design));
writeFileSync(files.big, serializeProject(canvas1000().design));

const server = await preview({ configFile: 'renderer/vite.config.ts', preview: { port: 4179, strictPort: true, open: false }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto('http://127.0.0.1:4179/');
  await page.getByTestId('server-dgx-a100').waitFor();
  const example = await editToResult(page, 'server-dgx-a100', 1);
  await openProject(page, files.cluster);
  await page.getByTestId('design-name').filter({ hasText: '64-node' }).waitFor();
  const cluster = await editToResult(page, 'server-dgx-a100', 64);
  await openProject(page, files.big);
  await page.getByTestId('part-node0-gpu5').waitFor();
  const frames = await dragFrames(page);

  const row = (name: string, xs: number[], target: string) =>
    `${name.padEnd(44)} ${percentile(xs, 0.5).toFixed(1).padStart(8)} ${percentile(xs, 0.95).toFixed(1).padStart(8)} ${Math.max(...xs).toFixed(1).padStart(8)}   ${target}`;
  console.log(`${'measure (ms)'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   target`);
  console.log(row(`edit to result, example design (${ROUNDS} edits)`, example, '<= 100 ms'));
  console.log(row(`edit to result, 64-node cluster (${ROUNDS} edits)`, cluster, '<= 100 ms'));
  console.log(row(`frame time dragging, 1,000 parts (${frames.length} frames)`, frames, 'smooth: median <= 16.7 ms'));
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
