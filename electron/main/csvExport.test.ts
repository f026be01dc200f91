import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCsvExporter } from './csvExport';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trainwright-csv-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('CSV exporter', () => {
  it('writes the text where the user chose, marked as UTF-8', async () => {
    const target = path.join(dir, 'compare.csv');
    const choose = vi.fn(async () => target);
    await expect(createCsvExporter({ chooseCsvPath: choose }).save('Metric,Rig ü\r\n', 'compare.csv')).resolves.toEqual({ ok: true, handle: '', name: 'compare.csv' });
    expect(choose).toHaveBeenCalledWith('compare.csv');
    expect(await readFile(target, 'utf8')).toBe('\uFEFFMetric,Rig ü\r\n');
  });

  it('reports a cancel and a write failure', async () => {
    await expect(createCsvExporter({ chooseCsvPath: async () => null }).save('x', 'x.csv')).resolves.toEqual({ ok: false, canceled: true });
    const result = await createCsvExporter({ chooseCsvPath: async () => path.join(dir, 'missing', 'x.csv') }).save('x', 'x.csv');
    expect(result).toMatchObject({ ok: false, canceled: false, error: expect.stringMatching(/^Could not save the CSV/) });
  });
});
