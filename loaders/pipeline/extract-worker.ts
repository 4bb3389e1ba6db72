/** A worker thread: runs the jobs it is sent (jobs.ts) and posts back their results. */
import {parentPort} from "node:worker_threads";
import {runJob, type WorkerJob} from "./jobs.ts";

parentPort!.on("message", (job: WorkerJob) => parentPort!.postMessage(runJob(job)));
