// The engine worker: the pure core, exposed to the renderer through comlink.
import * as Comlink from 'comlink';
import { createEngine } from '../../core';

Comlink.expose(createEngine());
