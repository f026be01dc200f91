import type { Design, WorkloadDomain } from '../../core';
import { resolveWorkload } from '../../core/catalog/workloads';

/** What one training sample of a workload is called: short (for rates) and long (for costs). */
export interface SampleNoun {
  short: string;
  long: string;
}

const NOUNS: Record<WorkloadDomain, SampleNoun> = {
  'image-classification': { short: 'img', long: 'image' },
  'object-detection': { short: 'img', long: 'image' },
  'high-res-imagery': { short: 'img', long: 'image' },
  'medical-3d': { short: 'vol', long: 'volume' },
  'language-model': { short: 'seq', long: 'sequence' },
  llm: { short: 'seq', long: 'sequence' },
  recommendation: { short: 'samples', long: 'sample' },
  'reinforcement-learning': { short: 'samples', long: 'sample' },
};

/** The sample noun of the design's workload (catalog id or user-defined), images when unknown. */
export function sampleNoun(workload: Design['workload']): SampleNoun {
  const domain = typeof workload === 'string' ? resolveWorkload(workload)?.domain : workload.domain;
  return domain ? NOUNS[domain] : NOUNS['image-classification'];
}
