/**
 * Shared memory for the fast CSV reader's worker threads (Node): the file's bytes and the frame's
 * columns in SharedArrayBuffers, so that every thread reads the file and writes its rows in place,
 * and nothing is copied between threads.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ChunkTarget } from "../../formats";

/** Reads a file into a SharedArrayBuffer, so worker threads can read it without a copy. */
export function readFileShared(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const read = readSync(fd, bytes, done, size - done, done);
      if (read === 0) break;
      done += read;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** `bytes` in a SharedArrayBuffer (a copy unless they already are), for parallelCsvFrame. */
export function sharedBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

/** Zeroed columns for `n` rows in one SharedArrayBuffer, so both threads write in place. */
export function sharedTarget(n: number): ChunkTarget {
  const buffer = new SharedArrayBuffer(n * (8 + 8 + 4 * 7 + 1 * 3));
  let at = 0;
  const take = <T>(
    make: new (b: SharedArrayBuffer, at: number, n: number) => T,
    size: number
  ): T => {
    const view = new make(buffer, at, n);
    at += n * size;
    return view;
  };
  // In order of size (8, 4, 1 bytes a row), so every view is aligned whatever n is.
  const amount = take(Float64Array, 8);
  const open = take(Float64Array, 8);
  const idStart = take(Int32Array, 4);
  const idHash = take(Int32Array, 4);
  return {
    columns: {
      amount,
      open,
      customer: take(Int32Array, 4),
      invoiceDay: take(Int32Array, 4),
      dueDay: take(Int32Array, 4),
      settledDay: take(Int32Array, 4),
      writeOffDay: take(Int32Array, 4),
      dueDerived: take(Uint8Array, 1),
      disputed: take(Uint8Array, 1),
      writtenOff: take(Uint8Array, 1),
    },
    idStart,
    idHash,
  };
}

/** Rows [from, to) of `target`, as a target of their own. */
export function rowsOf(target: ChunkTarget, from: number, to: number): ChunkTarget {
  const c = target.columns;
  return {
    columns: {
      amount: c.amount.subarray(from, to),
      open: c.open.subarray(from, to),
      customer: c.customer.subarray(from, to),
      invoiceDay: c.invoiceDay.subarray(from, to),
      dueDay: c.dueDay.subarray(from, to),
      settledDay: c.settledDay.subarray(from, to),
      writeOffDay: c.writeOffDay.subarray(from, to),
      dueDerived: c.dueDerived.subarray(from, to),
      disputed: c.disputed.subarray(from, to),
      writtenOff: c.writtenOff.subarray(from, to),
    },
    idStart: target.idStart.subarray(from, to),
    idHash: target.idHash.subarray(from, to),
  };
}
