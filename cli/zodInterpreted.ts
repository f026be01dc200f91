// Side effect only: zod's interpreted parser for this process (see cli/bundleEntry.ts for why).
import { config } from 'zod';

config({ jitless: true });
