import type { Base64Source } from "@/lib/media/large-media";
import { type PreparedMedia, prepareMedia, readMedia } from "@/lib/media/media-work";
import type { MediaAnswer, MediaJob, MediaRequest } from "@/lib/media/media-worker";

/**
 * The client of media-worker.ts: each large attachment is prepared once (its content key and a
 * Blob of its text), remembered for as long as its source object lives. Where there is no Worker
 * (unit tests, old engines), the same work runs here.
 */

type Pending = { resolve: (answer: MediaAnswer) => void };
let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function mediaWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") {
    worker = null;
    return worker;
  }
  worker = new Worker(new URL("./media-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }: MessageEvent<MediaAnswer>) => {
    pending.get(data.id)?.resolve(data);
    pending.delete(data.id);
  };
  // A worker that cannot start (a policy, a failed load) fails its jobs; later ones run here.
  worker.onerror = () => {
    for (const [id, job] of pending) job.resolve({ id, error: "The media worker failed." });
    pending.clear();
    worker = null;
  };
  return worker;
}

function ask(job: MediaRequest): Promise<MediaAnswer> | null {
  const target = mediaWorker();
  if (!target) return null;
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    target.postMessage({ ...job, id } satisfies MediaJob);
  });
}

const prepared = new WeakMap<object, Promise<PreparedMedia>>();
const known = new WeakMap<object, PreparedMedia>();

/** The source's content key and Blob, worked out once per source object. */
export function preparedMedia(source: Base64Source): Promise<PreparedMedia> {
  let result = prepared.get(source);
  if (!result) {
    const answer = ask({ kind: "prepare", data: source.data });
    result = (
      answer
        ? answer.then((reply) => {
            if ("prepared" in reply) return reply.prepared;
            throw new Error("error" in reply ? reply.error : "The media worker gave no answer.");
          })
        : prepareMedia(source.data)
    ).then((done) => {
      known.set(source, done);
      return done;
    });
    // A failure is not remembered: the next call tries again.
    result.catch(() => prepared.delete(source));
    prepared.set(source, result);
  }
  return result;
}

/** What preparedMedia gave, if it already has: for work that cannot wait (a page going away). */
export function knownMedia(source: Base64Source): PreparedMedia | undefined {
  return known.get(source);
}

/** Remembers what a source was loaded from, so saving it again needs no new preparation. */
export function rememberMedia(source: Base64Source, media: PreparedMedia): void {
  prepared.set(source, Promise.resolve(media));
  known.set(source, media);
}

/** The text of a prepared Blob, decoded off the main thread. */
export async function mediaText(blob: Blob): Promise<string> {
  const answer = ask({ kind: "read", blob });
  if (!answer) return readMedia(blob);
  const reply = await answer;
  if ("text" in reply) return reply.text;
  throw new Error("error" in reply ? reply.error : "The media worker gave no answer.");
}
