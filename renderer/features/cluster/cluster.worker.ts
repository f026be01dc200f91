// The worker behind the Cluster sharing view: a month of a shared cluster takes a second or so, off the UI thread.
import * as Comlink from 'comlink';
import { simulateCluster } from '../../../core';
import type { ClusterWorkerApi } from './clusterEngine';

const api: ClusterWorkerApi = { simulate: (scenario) => simulateCluster(scenario, { recordTimeline: true }) };

Comlink.expose(api);
