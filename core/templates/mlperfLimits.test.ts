import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMlperfSystem } from './mlperf';
import { inputFieldOf } from './mlperfLimits';

const base = JSON.parse(readFileSync(join(__dirname, 'fixtures/mlperf-systems/v1.0-NVIDIA-dgxa100_ngc21.05_pytorch.json'), 'utf8'));

describe('MLPerf import limits', () => {
  it.each([
    ['host_storage_capacity', '1000000x 99999 TB', /1000000 drives in one node; a node holds at most 256/],
    ['host_memory_configuration', '999999x 99999GB', /GB of host memory in one node is not plausible/],
    ['host_network_card_count', '99999x ConnectX-7 400Gb/s', /99999 network adapters in one node/],
    ['power_supply_quantity_and_rating_watts', '99999x 3000W', /99999 power supplies in one node/],
    ['power_supply_quantity_and_rating_watts', '4x 99999W', /99999 W per supply is not plausible/],
  ])('refuses an absurd %s at that field, fast', (field, value, message) => {
    const started = performance.now();
    const r = importMlperfSystem({ ...base, [field]: value });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: field, message: expect.stringMatching(message) });
  });

  it('maps a path inside the built server to the input field it came from', () => {
    const r = importMlperfSystem(base);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const server = r.template.serverType;
    const index = (kind: string) => server.components.findIndex((c) => c.kind === kind);
    expect(inputFieldOf(`template.serverType.components[${index('memory')}].capacityGB`, server)).toBe('host_memory_capacity');
    expect(inputFieldOf(`template.serverType.components[${index('nvme-ssd')}].model`, server)).toBe('host_storage_capacity');
    expect(inputFieldOf(`template.serverType.components[${index('nic')}].count`, server)).toBe('host_networking');
    expect(inputFieldOf('template.year', server)).toBe('framework');
  });
});
