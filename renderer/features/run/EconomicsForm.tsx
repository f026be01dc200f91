import type { Draft } from 'immer';
import {
  cloudInstanceOptions,
  OWN_STORAGE_ID,
  EconomicsSchema,
  FabricSchema,
  sharedStorageOptions,
  SharedStorageUseSchema,
  type CatalogOption,
  type Economics,
  type Fabric,
} from '../../../core';
import { formatUsd } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { NumberField } from './NumberField';
import { SelectField, type SelectChoice } from './SelectField';
import { setOptional } from './setOptional';
import './run.css';

const field = EconomicsSchema.shape;
/** Currencies a quote can be shown in (ISO 4217). */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'SGD', 'KRW'] as const;

/** Select value for "no cloud instance" / "no shared storage". */
const NONE = '';

const PROTOCOLS: Array<SelectChoice<Fabric['protocol']>> = [
  { value: 'infiniband', label: 'InfiniBand' },
  { value: 'ethernet', label: 'Ethernet (RoCE)' },
];

function choicesOf(options: CatalogOption[], noneLabel: string, current: string | undefined): Array<SelectChoice<string>> {
  const choices: Array<SelectChoice<string>> = [{ value: NONE, label: noneLabel }, ...options.map((o) => ({ value: o.id, label: o.name }))];
  // A design may name an id this catalog lacks (older file): keep it visible rather than show "none".
  if (current !== undefined && !options.some((o) => o.id === current)) choices.push({ value: current, label: `Unknown "${current}"` });
  return choices;
}

/**
 * Key figures and price of the chosen catalog entry; a missing price says so, an estimate says so.
 * `priceUnit` null: the figures already state the price (cloud instances).
 */
function detailOf(options: CatalogOption[], id: string | undefined, priceUnit: string | null): string | undefined {
  const option = options.find((o) => o.id === id);
  if (!option) return undefined;
  if (priceUnit === null) return `${option.detail}${option.confidence === 'estimate' ? ' (estimate)' : ''}`;
  const price = option.priceUsd === null ? 'no catalog price' : `${formatUsd(option.priceUsd)}${priceUnit}${option.confidence === 'estimate' ? ' (estimate)' : ''}`;
  return `${option.detail} · ${price}`;
}

/** Money, facility, network and shared-storage assumptions of the open design, edited in place. */
export function EconomicsForm() {
  const design = useAppStore((state) => state.project.design);
  const updateDesign = useAppStore((state) => state.updateDesign);
  const { economics, fabric, sharedStorage } = design;
  const setEconomics = (recipe: (e: Draft<Economics>) => void) => updateDesign((d) => recipe(d.economics));
  const setFabric = (recipe: (f: Draft<Fabric>) => void) => updateDesign((d) => recipe(d.fabric));

  const cloud = cloudInstanceOptions();
  const storage = sharedStorageOptions();

  const pickStorage = (model: string) =>
    updateDesign((d) => {
      if (model === OWN_STORAGE_ID) return;
      if (model === NONE) delete d.sharedStorage;
      // Per-unit overrides described the previous model; the new model starts from its catalog figures.
      else d.sharedStorage = { model, count: d.sharedStorage?.count ?? 1 };
    });

  return (
    <form className="run-form" data-testid="economics-form" aria-label="Economics" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="run-form__section">
        <legend className="run-form__legend">Costs</legend>
        <NumberField
          label="Amortization"
          unit="years"
          testId="econ-amortization"
          schema={field.amortizationYears}
          value={economics.amortizationYears}
          hint="Years over which the purchase price is written off."
          onCommit={(v) => setEconomics((e) => void (e.amortizationYears = v ?? e.amortizationYears))}
        />
        <NumberField
          label="Electricity price"
          unit="$/kWh"
          testId="econ-electricity"
          schema={field.electricityUsdPerKWh}
          value={economics.electricityUsdPerKWh}
          onCommit={(v) => setEconomics((e) => void (e.electricityUsdPerKWh = v ?? e.electricityUsdPerKWh))}
        />
        <NumberField
          label="PUE"
          unit="×"
          unitInError={false}
          testId="econ-pue"
          schema={field.pue}
          value={economics.pue}
          hint="Facility power per watt of IT power (1 = no overhead)."
          onCommit={(v) => setEconomics((e) => void (e.pue = v ?? e.pue))}
        />
        <NumberField
          label="Colocation"
          unit="$/kW-month"
          testId="econ-colocation"
          schema={field.colocationUsdPerKWMonth}
          value={economics.colocationUsdPerKWMonth}
          onCommit={(v) => setEconomics((e) => void (e.colocationUsdPerKWMonth = v ?? e.colocationUsdPerKWMonth))}
        />
        <NumberField
          label="Support and staff"
          unit="%/year"
          testId="econ-support"
          schema={field.supportPctPerYear}
          value={economics.supportPctPerYear}
          hint="Of the purchase price, per year."
          onCommit={(v) => setEconomics((e) => void (e.supportPctPerYear = v ?? e.supportPctPerYear))}
        />
        <NumberField
          label="Utilization"
          unit="%"
          testId="econ-utilization"
          schema={field.utilizationPct}
          value={economics.utilizationPct}
          hint="Share of hours the platform does useful work; fixed costs are spread over these."
          onCommit={(v) => setEconomics((e) => void (e.utilizationPct = v ?? e.utilizationPct))}
        />
        <SelectField
          label="Cloud instance to compare"
          testId="econ-cloud-instance"
          value={economics.cloudInstance ?? NONE}
          choices={choicesOf(cloud, 'None', economics.cloudInstance)}
          hint={detailOf(cloud, economics.cloudInstance, null)}
          onChange={(v) => setEconomics((e) => setOptional(e, 'cloudInstance', v === NONE ? undefined : v))}
        />
      </fieldset>

      <fieldset className="run-form__section">
        <legend className="run-form__legend">Quote</legend>
        <NumberField
          label="Discount"
          unit="%"
          testId="econ-discount"
          schema={field.discountPct}
          value={economics.discountPct}
          emptyMeans="none"
          hint="Off the hardware total of the bill of materials."
          onCommit={(v) => setEconomics((e) => setOptional(e, 'discountPct', v || undefined))}
        />
        <NumberField
          label="Margin"
          unit="%"
          testId="econ-margin"
          schema={field.marginPct}
          value={economics.marginPct}
          emptyMeans="none"
          hint="Added to every unit price; not printed as a line."
          onCommit={(v) => setEconomics((e) => setOptional(e, 'marginPct', v || undefined))}
        />
        <SelectField
          label="Currency"
          testId="econ-currency"
          value={economics.currency?.code ?? 'USD'}
          choices={CURRENCIES.map((c) => ({ value: c, label: c }))}
          hint="Of the bill of materials; the rate below converts from USD."
          onChange={(v) => setEconomics((e) => setOptional(e, 'currency', v === 'USD' ? undefined : { code: v, perUsd: e.currency?.perUsd ?? 1 }))}
        />
        {economics.currency ? (
          <NumberField
            label={`${economics.currency.code} per USD`}
            unit={economics.currency.code}
            unitInError={false}
            testId="econ-currency-rate"
            schema={field.currency.unwrap().shape.perUsd}
            value={economics.currency.perUsd}
            onCommit={(v) => setEconomics((e) => void (e.currency && v !== undefined && (e.currency.perUsd = v)))}
          />
        ) : null}
      </fieldset>

      <fieldset className="run-form__section">
        <legend className="run-form__legend">Network</legend>
        <SelectField
          label="Fabric protocol"
          testId="econ-fabric-protocol"
          value={fabric.protocol}
          choices={PROTOCOLS}
          onChange={(v) => setFabric((f) => void (f.protocol = v))}
        />
        <NumberField
          label="Oversubscription"
          unit=": 1"
          unitInError={false}
          testId="econ-oversubscription"
          schema={FabricSchema.shape.oversubscription}
          value={fabric.oversubscription}
          hint="Of the leaf-spine fabric; 1 = non-blocking."
          onCommit={(v) => setFabric((f) => void (f.oversubscription = v ?? f.oversubscription))}
        />
        <NumberField
          label="Switching price per port"
          unit="$/port"
          testId="econ-port-price"
          schema={FabricSchema.shape.pricePerPortUsd}
          value={fabric.pricePerPortUsd || undefined}
          emptyMeans="switches priced as estimates"
          hint="Optional: replaces the counted leaf and spine switches' estimated prices."
          onCommit={(v) => setFabric((f) => void (f.pricePerPortUsd = v ?? f.pricePerPortUsd))}
        />
      </fieldset>

      <fieldset className="run-form__section">
        <legend className="run-form__legend">Shared storage</legend>
        <SelectField
          label="Shared storage"
          testId="econ-shared-storage"
          value={sharedStorage ? (sharedStorage.model ?? OWN_STORAGE_ID) : NONE}
          choices={sharedStorage && sharedStorage.model === undefined ? [...choicesOf(storage, 'None', undefined), { value: OWN_STORAGE_ID, label: sharedStorage.name ?? 'Your storage system' }] : choicesOf(storage, 'None', sharedStorage?.model)}
          hint={sharedStorage?.system ? 'Its parts are edited in the inspector (select the storage on the canvas).' : detailOf(storage, sharedStorage?.model, ' per unit')}
          onChange={pickStorage}
        />
        {sharedStorage ? (
          <NumberField
            label="Storage units"
            unit="units"
            testId="econ-shared-storage-count"
            schema={SharedStorageUseSchema.shape.count}
            value={sharedStorage.count}
            hint="Their read bandwidth adds up."
            onCommit={(v) =>
              updateDesign((d) => {
                if (d.sharedStorage && v !== undefined) d.sharedStorage.count = v;
              })
            }
          />
        ) : null}
      </fieldset>
    </form>
  );
}
