import { parentPort } from 'node:worker_threads';
import { zipTable } from '../../domain/places.js';

/** The thread zipTableOffThread starts: it answers with the table and ends. */
parentPort!.postMessage(zipTable());
