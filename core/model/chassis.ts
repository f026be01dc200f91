/**
 * What a server's chassis accepts: GPU packages and positions, add-in slots, drive bays, DIMM slots,
 * PSU bays and the PSU redundancy scheme. A template states it; a server type inserted from a template carries a copy, so the
 * engine checks the parts of the edited server against it (core/engine/chassis.ts).
 */
import { z } from 'zod';

/** Most GPU positions in one chassis (the largest shipping chassis hold 16; rack-scale trays are split into nodes). */
export const MAX_GPU_POSITIONS = 64;

/** GPU packages a chassis can take (matches the catalog's GPU `formFactor`). */
export const GpuFormFactorSchema = z.enum(['sxm', 'pcie', 'oam', 'superchip']);
export type GpuFormFactor = z.infer<typeof GpuFormFactorSchema>;

/** PSU redundancy scheme: how many of the supplies may fail with the server still at full load. */
export const PsuRedundancySchema = z.enum(['none', 'N+1', 'N+2', 'N+N']);
export type PsuRedundancy = z.infer<typeof PsuRedundancySchema>;

/** What the chassis accepts: checked against the parts the template (or an edited server) puts in it. */
export const ChassisSchema = z.strictObject({
  /** GPU packages the chassis takes: 'sxm' / 'oam' baseboards or 'pcie' cards. */
  gpuFormFactors: z.array(GpuFormFactorSchema).min(1).max(4),
  /** GPU positions (baseboard sockets, e.g. the 8 of an HGX board, or double-width card bays). */
  gpuPositions: z.number().int().min(0).max(MAX_GPU_POSITIONS),
  /** Full-height x16 slots for PCIe add-in cards (PCIe GPUs and NICs), when published. */
  x16Slots: z.number().int().min(0).max(64).optional(),
  /** Widest card a GPU position takes, slots (2 = double width). */
  maxCardWidthSlots: z.number().int().min(1).max(4).optional(),
  /** Width of the GPU card variant installed, slots, when it differs from the reference card (e.g. 2-slot blower RTX 4090). */
  installedCardWidthSlots: z.number().int().min(1).max(4).optional(),
  /** PSU redundancy the vendor specifies; checked against the PSU part's `redundantPsus`. */
  psuRedundancy: PsuRedundancySchema.optional(),
  /** Drive bays. */
  driveBays: z.number().int().min(0).max(256).optional(),
  /** DIMM slots of the whole server (all sockets), when published; with `maxDimmGB` it caps the memory parts. */
  dimmSlots: z.number().int().min(0).max(256).optional(),
  /** Largest DIMM the platform takes, GB (e.g. 128 or 256); the memory cap is `dimmSlots` x this. */
  maxDimmGB: z.number().int().min(1).max(1024).optional(),
  /** PSU bays: the most supplies the chassis holds (checked against the PSU parts' count). */
  psuBays: z.number().int().min(0).max(64).optional(),
});
export type Chassis = z.infer<typeof ChassisSchema>;
