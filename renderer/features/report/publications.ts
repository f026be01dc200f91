// The catalog's sources as a proposal cites them: publications (title, publisher, year), never the data files,
// mirrors or notes the catalog was compiled from. Pure.

/** One cited publication. */
export interface Publication {
  title: string;
  publisher: string;
  /** Year of publication or of the data; null when the source does not give one. */
  year: number | null;
}

type Rule = [RegExp, Publication | ((source: string) => Publication)];

const MLPERF_YEARS: Record<string, number> = { '0.6': 2019, '0.7': 2020, '1.0': 2021, '1.1': 2021, '2.0': 2022, '2.1': 2022, '3.0': 2023, '3.1': 2023, '4.0': 2024, '4.1': 2024, '5.0': 2025, '5.1': 2025, '6.0': 2026, '6.1': 2026 };

const COMPILED: Publication = { title: 'Hardware reference catalog, compiled from vendor datasheets and public benchmark results', publisher: 'Trainwright', year: 2026 };

// First match wins: specific documents before publishers, publishers before the compiled-catalog fallback.
const RULES: Rule[] = [
  [/Epoch AI/i, { title: 'Data on Machine Learning Hardware', publisher: 'Epoch AI', year: 2024 }],
  [/MLPerf (Training|Inference|Storage) v(\d+\.\d)/i, (s) => {
    const m = /MLPerf (Training|Inference|Storage) v(\d+\.\d)/i.exec(s)!;
    return { title: `MLPerf ${m[1]} v${m[2]} results and system descriptions`, publisher: 'MLCommons', year: MLPERF_YEARS[m[2]!] ?? null };
  }],
  [/MLPerf/i, { title: 'MLPerf Training results and system descriptions', publisher: 'MLCommons', year: null }],
  [/Ada Lovelace architecture whitepaper/i, { title: 'NVIDIA Ada Lovelace GPU Architecture', publisher: 'NVIDIA', year: 2022 }],
  [/GA102 whitepaper/i, { title: 'NVIDIA Ampere GA102 GPU Architecture', publisher: 'NVIDIA', year: 2020 }],
  [/dgx-?b200|DGX B200 user guide/i, { title: 'NVIDIA DGX B200 User Guide', publisher: 'NVIDIA', year: 2024 }],
  [/dgx-basepod|SuperPOD/i, { title: 'NVIDIA DGX BasePOD and SuperPOD Reference Architectures', publisher: 'NVIDIA', year: 2023 }],
  [/docs\.nvidia\.com\/networking|ConnectX-?\d.*(manual|interfaces)/i, { title: 'NVIDIA ConnectX Adapter User Manuals', publisher: 'NVIDIA', year: 2023 }],
  [/NVIDIA .*(datasheet|product brief)|nvidia\.com|NVIDIA AI Infrastructure Cheat Sheet|NVIDIA datasheets/i, { title: 'NVIDIA data center GPU and system datasheets', publisher: 'NVIDIA', year: null }],
  [/Intel ARK|intel-cpus|Intel\(R\)|Xeon/i, { title: 'Intel ARK processor specifications', publisher: 'Intel', year: 2023 }],
  [/cpu-?world/i, { title: 'CPU World processor database (prices at introduction)', publisher: 'CPU-World', year: 2023 }],
  [/amd\.com|amd-cpus|AMD EPYC|AMD Instinct/i, { title: 'AMD EPYC and Instinct product specifications', publisher: 'AMD', year: 2023 }],
  [/Chips and Cheese/i, { title: "Evaluating Uniform Memory Access Mode on AMD's Turin", publisher: 'Chips and Cheese', year: 2024 }],
  [/PCI Express Base Specification|PCI-SIG|pcie-bandwidth|PCIe/i, { title: 'PCI Express Base Specification', publisher: 'PCI-SIG', year: null }],
  [/IEEE 802\.3/i, { title: 'IEEE 802.3 Standard for Ethernet', publisher: 'IEEE', year: 2022 }],
  [/eia\.gov|Electric Power Annual/i, { title: 'Electric Power Annual 2023', publisher: 'U.S. Energy Information Administration', year: 2024 }],
  [/CBRE/i, { title: 'North America Data Center Trends H1 2024', publisher: 'CBRE', year: 2024 }],
  [/Uptime Institute/i, { title: 'Global Data Center Survey 2023', publisher: 'Uptime Institute', year: 2023 }],
  [/Azure/i, { title: 'Azure virtual machine sizes and pricing', publisher: 'Microsoft', year: 2025 }],
  [/AWS|Amazon EC2|p3\.16xlarge|p4d|p5\./i, { title: 'Amazon EC2 On-Demand pricing', publisher: 'Amazon Web Services', year: 2025 }],
  [/GCP|cloud\.google\.com/i, { title: 'Google Cloud GPU pricing', publisher: 'Google', year: 2025 }],
  [/Lambda/i, { title: 'Lambda GPU Cloud pricing and benchmarks', publisher: 'Lambda', year: 2025 }],
  [/TOP500/i, { title: 'TOP500 list', publisher: 'TOP500.org', year: null }],
  [/SuperMUC/i, { title: 'SuperMUC-NG system description', publisher: 'Leibniz Supercomputing Centre', year: null }],
  [/ddn\.com|DDN/i, { title: 'DDN storage for NVIDIA DGX systems', publisher: 'DDN', year: 2024 }],
  [/AnandTech|anandtech/i, { title: 'AnandTech hardware reviews', publisher: 'AnandTech', year: null }],
  [/Tom's Hardware|tomshardware/i, { title: "Tom's Hardware processor reviews", publisher: "Tom's Hardware", year: null }],
  [/servethehome/i, { title: 'ServeTheHome server reviews', publisher: 'ServeTheHome', year: null }],
  [/storagereview/i, { title: 'StorageReview server reviews', publisher: 'StorageReview', year: null }],
  [/techpowerup/i, { title: 'TechPowerUp hardware database', publisher: 'TechPowerUp', year: null }],
  [/delltechnologies|Dell/i, { title: 'Dell Technologies InfoHub', publisher: 'Dell Technologies', year: null }],
  [/Lenovo/i, { title: 'Lenovo Press product guides', publisher: 'Lenovo', year: null }],
  [/spec\.org/i, { title: 'SPEC benchmark results', publisher: 'Standard Performance Evaluation Corporation', year: null }],
];

/** The publication a catalog source string refers to (the planner's compiled catalog when it names none). */
export function publicationOf(source: string): Publication {
  for (const [pattern, pub] of RULES) if (pattern.test(source)) return typeof pub === 'function' ? pub(source) : pub;
  return COMPILED;
}

/** `Title. Publisher, 2024.` (`Title. Publisher, n.d.` without a year: the abbreviation's period ends the entry). */
export function formatPublication(p: Publication): string {
  return `${p.title}. ${p.publisher}, ${p.year === null ? 'n.d.' : `${p.year}.`}`;
}

/** Numbered citations of `sources`, each publication once, in first-cited order; and the numbers per source list. */
export function citeAll(sourceLists: readonly (readonly string[])[]): { publications: Publication[]; numbers: number[][] } {
  const keys = new Map<string, number>();
  const publications: Publication[] = [];
  const numbers = sourceLists.map((list) => {
    const refs = new Set<number>();
    for (const source of list) {
      const p = publicationOf(source);
      const key = formatPublication(p);
      let n = keys.get(key);
      if (n === undefined) {
        publications.push(p);
        n = publications.length;
        keys.set(key, n);
      }
      refs.add(n);
    }
    return [...refs].sort((a, b) => a - b);
  });
  return { publications, numbers };
}
