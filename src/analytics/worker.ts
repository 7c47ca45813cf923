import { runTask, ViewCache, type Task, type TaskResult } from './compute.js';

/**
 * The analytics worker thread (piscina; pool.ts starts it). Runs one task at a time; keeps the graph views of
 * the last few networks, so the second metric on a network does not build its view again.
 */

const views = new ViewCache();

export default function analyticsTask(task: Task): TaskResult {
  return runTask(task, views);
}
