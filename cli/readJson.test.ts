import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { readInputText, readJsonFile } from './readJson';

const dir = mkdtempSync(join(tmpdir(), 'tw-read-'));

async function run(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(argv, () => undefined, (s) => (err += s));
  return { code, err };
}

describe('reading input files', () => {
  it('refuses devices, folders and pipes before reading anything, with exit 2', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    mkdirSync(join(dir, 'folder.json'));
    for (const [file, kind] of [['/dev/zero', 'a device'], ['/dev/urandom', 'a device'], [fifo, 'a pipe'], [join(dir, 'folder.json'), 'a folder']] as const) {
      const r = await run(['evaluate', file]);
      expect(r.code, file).toBe(2);
      expect(r.err).toContain(`${file}: is ${kind}`);
    }
  });

  it('checks the size before reading and reads at most the limit', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `[${'0,'.repeat(600)}0]`);
    expect(() => readInputText(big, 1000)).toThrow(/big\.json: is 0\.0 MB; the limit for this kind of file is 0\.0 MB/);
    expect(readInputText(big, 2000)).toHaveLength(1203);
  });

  it('refuses binary data as not text', () => {
    const bin = join(dir, 'bin.json');
    writeFileSync(bin, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(() => readInputText(bin)).toThrow(/not valid UTF-8/);
  });

  it('refuses a huge array and deep nesting before parsing, naming where', () => {
    const wide = join(dir, 'wide.json');
    writeFileSync(wide, JSON.stringify({ design: { serverTypes: new Array(200_000).fill(0) } }));
    expect(() => readJsonFile(wide)).toThrow(/wide\.json: design\.serverTypes: more than 100,000 items in one list/);
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(() => readJsonFile(deep)).toThrow(/deep\.json: a\[0\]\[0\]\[0\]…\[0\]\[0\]\[0\]: nesting deeper than 64 levels/);
  });

  it('turns a file-system error of an output into exit 2 with the path', async () => {
    const design = join(process.cwd(), 'assets/examples/dgx-a100-resnet50-nvme.json');
    const r = await run(['report', design, '--out', join(dir, 'missing-folder', 'x.pdf')]);
    expect([2, 3]).toContain(r.code);
  });
});
