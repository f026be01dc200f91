/**
 * The template library shipped in assets/templates/*.json: static imports (so it runs in the worker,
 * Node and the CLI), each validated on first use; a broken shipped file throws naming the file and path.
 */
import boxxApexxClass4xRtx6000Ada from '../../assets/templates/boxx-apexx-class-4x-rtx6000-ada.json';
import dellPoweredgeC4140 from '../../assets/templates/dell-poweredge-c4140.json';
import dellPoweredgeR750xa from '../../assets/templates/dell-poweredge-r750xa.json';
import dellPoweredgeR760xaH100 from '../../assets/templates/dell-poweredge-r760xa-h100.json';
import dellPoweredgeR760xaL40s from '../../assets/templates/dell-poweredge-r760xa-l40s.json';
import dellPoweredgeXe8545 from '../../assets/templates/dell-poweredge-xe8545.json';
import dellPoweredgeXe9680 from '../../assets/templates/dell-poweredge-xe9680.json';
import fujitsuPrimergyCdiA100x8 from '../../assets/templates/fujitsu-primergy-cdi-a100x8.json';
import gigabyteG593Sd1 from '../../assets/templates/gigabyte-g593-sd1.json';
import hpeApollo6500Gen10Plus from '../../assets/templates/hpe-apollo-6500-gen10-plus.json';
import hpeCrayXd670 from '../../assets/templates/hpe-cray-xd670.json';
import hpeProliantDl380Gen11L4 from '../../assets/templates/hpe-proliant-dl380-gen11-l4.json';
import inspurNf5488a5 from '../../assets/templates/inspur-nf5488a5.json';
import lambdaHyperplaneA100 from '../../assets/templates/lambda-hyperplane-a100.json';
import lambdaScalarA100Pcie from '../../assets/templates/lambda-scalar-a100-pcie.json';
import lenovoThinksystemSr670V2A100 from '../../assets/templates/lenovo-thinksystem-sr670-v2-a100.json';
import lenovoThinksystemSr675V3L40s from '../../assets/templates/lenovo-thinksystem-sr675-v3-l40s.json';
import nvidiaDgx1V100 from '../../assets/templates/nvidia-dgx-1-v100.json';
import nvidiaDgx2 from '../../assets/templates/nvidia-dgx-2.json';
import nvidiaDgxA100 from '../../assets/templates/nvidia-dgx-a100.json';
import nvidiaDgxB200 from '../../assets/templates/nvidia-dgx-b200.json';
import nvidiaDgxH100 from '../../assets/templates/nvidia-dgx-h100.json';
import nvidiaDgxH200 from '../../assets/templates/nvidia-dgx-h200.json';
import supermicroAs8125gsTnmr2Mi300x from '../../assets/templates/supermicro-as-8125gs-tnmr2-mi300x.json';
import supermicroSys420gpTnar from '../../assets/templates/supermicro-sys-420gp-tnar.json';
import supermicroSys821geTnhr from '../../assets/templates/supermicro-sys-821ge-tnhr.json';
import workstation4xRtx4090 from '../../assets/templates/workstation-4x-rtx4090.json';
import type { Template } from './schema';
import { formatErrors, loadTemplateValue } from './load';

/** The shipped template files keyed by file name (tests check every file in the folder is listed). */
export const SHIPPED_TEMPLATE_FILES: Readonly<Record<string, unknown>> = {
  'boxx-apexx-class-4x-rtx6000-ada.json': boxxApexxClass4xRtx6000Ada,
  'dell-poweredge-c4140.json': dellPoweredgeC4140,
  'dell-poweredge-r750xa.json': dellPoweredgeR750xa,
  'dell-poweredge-r760xa-h100.json': dellPoweredgeR760xaH100,
  'dell-poweredge-r760xa-l40s.json': dellPoweredgeR760xaL40s,
  'dell-poweredge-xe8545.json': dellPoweredgeXe8545,
  'dell-poweredge-xe9680.json': dellPoweredgeXe9680,
  'fujitsu-primergy-cdi-a100x8.json': fujitsuPrimergyCdiA100x8,
  'gigabyte-g593-sd1.json': gigabyteG593Sd1,
  'hpe-apollo-6500-gen10-plus.json': hpeApollo6500Gen10Plus,
  'hpe-cray-xd670.json': hpeCrayXd670,
  'hpe-proliant-dl380-gen11-l4.json': hpeProliantDl380Gen11L4,
  'inspur-nf5488a5.json': inspurNf5488a5,
  'lambda-hyperplane-a100.json': lambdaHyperplaneA100,
  'lambda-scalar-a100-pcie.json': lambdaScalarA100Pcie,
  'lenovo-thinksystem-sr670-v2-a100.json': lenovoThinksystemSr670V2A100,
  'lenovo-thinksystem-sr675-v3-l40s.json': lenovoThinksystemSr675V3L40s,
  'nvidia-dgx-1-v100.json': nvidiaDgx1V100,
  'nvidia-dgx-2.json': nvidiaDgx2,
  'nvidia-dgx-a100.json': nvidiaDgxA100,
  'nvidia-dgx-b200.json': nvidiaDgxB200,
  'nvidia-dgx-h100.json': nvidiaDgxH100,
  'nvidia-dgx-h200.json': nvidiaDgxH200,
  'supermicro-as-8125gs-tnmr2-mi300x.json': supermicroAs8125gsTnmr2Mi300x,
  'supermicro-sys-420gp-tnar.json': supermicroSys420gpTnar,
  'supermicro-sys-821ge-tnhr.json': supermicroSys821geTnhr,
  'workstation-4x-rtx4090.json': workstation4xRtx4090,
};

let cached: Template[] | undefined;

/** Every shipped template, validated and sorted by vendor, then year, then name. */
export function shippedTemplates(): readonly Template[] {
  if (cached) return cached;
  const out: Template[] = [];
  for (const [file, data] of Object.entries(SHIPPED_TEMPLATE_FILES)) {
    const res = loadTemplateValue(data);
    if (!res.ok) throw new Error(`assets/templates/${file}: ${formatErrors(res.errors)}`);
    if (`${res.template.id}.json` !== file) throw new Error(`assets/templates/${file}: template id "${res.template.id}" must match the file name`);
    out.push(res.template);
  }
  out.sort((a, b) => a.vendor.localeCompare(b.vendor) || a.year - b.year || a.name.localeCompare(b.name));
  cached = out;
  return cached;
}

/** The shipped template with this id, or undefined. */
export function findShippedTemplate(id: string): Template | undefined {
  return shippedTemplates().find((t) => t.id === id);
}
