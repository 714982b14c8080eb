/**
 * The import worker: importTable off the page's thread, so that a 32 MB
 * file does not freeze the map. Start it as a module worker:
 *
 *   new Worker(new URL('./ingest/import-worker.ts', import.meta.url), { type: 'module' })
 *
 * and talk to it through createImportClient (import-client.ts). Messages
 * are described in import-messages.ts; all the work is in pure modules.
 */
import '../strict-csp';
import forcesCsv from '../../data/forces.csv?raw';
import { parseForceTable } from './forces-csv';
import type { ImportResponse } from './import-messages';
import { handleImportRequest } from './import-request';

const forces = parseForceTable(forcesCsv);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleImportRequest(event.data, forces, (response: ImportResponse) => scope.postMessage(response));
});
