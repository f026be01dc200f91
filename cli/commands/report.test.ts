import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { findChromium, RENDERER_DIR, REPORT_UNAVAILABLE_EXIT, ReportUnavailable } from './report';

const dir = mkdtempSync(path.join(os.tmpdir(), 'trainwright-report-'));
const run = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['report', ...args], (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('trainwright report: finding Chromium', () => {
  it('prefers CHROMIUM_PATH, refuses one that does not exist, then takes a system Chromium', () => {
    const exists = (file: string) => file === '/opt/chrome' || file === '/usr/bin/chromium';
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, exists)).toThrow(ReportUnavailable);
    expect(findChromium({}, exists)).toBe('/usr/bin/chromium');
    expect(findChromium({}, () => false)).toBeNull();
  });
});

describe('trainwright report: bad input', () => {
  it('refuses an --out that is the input file, also through a symbolic link, and leaves the input as it was', async () => {
    const input = path.join(dir, 'self.json');
    const text = readFileSync(path.join(process.cwd(), 'assets/examples/dgx-a100-resnet50-nvme.json'), 'utf8');
    writeFileSync(input, text);
    symlinkSync(input, path.join(dir, 'link.json'));
    expect(await run(input, '--out', input)).toMatchObject({ code: 2, err: expect.stringMatching(/--out .*self\.json is the input file/) });
    expect(await run(path.join(dir, 'link.json'), `--out=${input}`)).toMatchObject({ code: 2 });
    expect(await run(input, '--out', path.join(dir, 'link.json'))).toMatchObject({ code: 2 });
    expect(readFileSync(input, 'utf8')).toBe(text);
  });

  it('names the file and the JSON path, exit 2', async () => {
    expect(await run(path.join(dir, 'missing.json'))).toMatchObject({ code: 2, err: expect.stringMatching(/missing\.json: no such file/) });
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'trainwright/project', version: 2, design: { name: 'x', serverTypes: [{ id: 's', name: 's', count: 0, components: [], links: [] }], workload: 'resnet50-imagenet' } }));
    expect(await run(bad)).toMatchObject({ code: 2, err: expect.stringMatching(/design\.serverTypes\[0\]\.count/) });
    expect(await run()).toMatchObject({ code: 2, err: expect.stringMatching(/usage: trainwright report/) });
    expect(await run('a.json', '--out')).toMatchObject({ code: 2 });
  });

  it('says clearly when there is no Chromium, exit 3', async () => {
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = path.join(dir, 'no-chromium');
    try {
      const result = await run('core/project/fixtures/project-v1.json', '--out', path.join(dir, 'x.pdf'));
      expect(result.code).toBe(REPORT_UNAVAILABLE_EXIT);
      expect(result.err).toMatch(/cannot make the PDF here: .*CHROMIUM_PATH/);
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});

const chromium = (() => {
  try {
    return findChromium(process.env, existsSync);
  } catch {
    return null;
  }
})();
const canPrint = chromium !== null && existsSync(path.join(RENDERER_DIR, 'index.html'));

describe('trainwright report: the PDF', () => {
  it.skipIf(!canPrint)('prints every scenario of a project with its numbers as text (needs Chromium and npm run build:renderer)', async () => {
    const target = path.join(dir, 'proposal.pdf');
    const result = await run('core/project/fixtures/project-v2.json', '--out', target);
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/proposal for 3 scenarios/) });
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const name of ['GPU training platform for image models', 'NVMe baseline', 'SATA drives', 'Dual socket PCIe', 'We recommend', 'Model accuracy']) expect(text).toContain(name);
  }, 60_000);
});
