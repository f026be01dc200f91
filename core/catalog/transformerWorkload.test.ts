import { describe, expect, it } from 'vitest';
import { resolveWorkload } from './workloads';
import { withArchitecture } from './transformerWorkload';

const gpt3 = resolveWorkload('gpt3-175b')!;

describe('editing a transformer architecture', () => {
  it('refuses heads that do not divide the hidden size, naming the field', () => {
    const r = withArchitecture(gpt3, { ...gpt3.transformer!, heads: 97 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('Attention heads: hidden size must be a multiple of the number of heads');
  });
  it('keeps the derived figures in step: half the layers, about half the parameters and FLOPs', () => {
    const r = withArchitecture(gpt3, { ...gpt3.transformer!, layers: 48 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workload.parameters / gpt3.parameters).toBeGreaterThan(0.5);
    expect(r.workload.parameters / gpt3.parameters).toBeLessThan(0.52);
    expect(r.workload.trainFlopsPerSample / gpt3.trainFlopsPerSample).toBeLessThan(0.55);
    expect(r.workload.transformer!.layers).toBe(48);
  });
  it('scales the token data per sample with the sequence length; empty KV heads means multi-head attention', () => {
    const r = withArchitecture(gpt3, { ...gpt3.transformer!, seqLength: 4096, kvHeads: undefined });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workload.storedBytesPerSample).toBe(2 * gpt3.storedBytesPerSample);
    expect('kvHeads' in r.workload.transformer!).toBe(false);
  });
});
