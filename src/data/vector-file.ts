// A user's own embeddings for a vector column (checks.vector.columns.<c>.file): JSON lines
// (an array, or an object with an `embedding` / `vector` array, per line), NumPy .npy (a 2-D
// float32 or float64 array, C order) or .fvecs (per vector: int32 dimension, then float32s).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export class VectorFileError extends Error {}

/** Reads every vector of the file; throws VectorFileError with the line or offset and the fix. */
export async function readVectorFile(file: string): Promise<number[][]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new VectorFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const ext = path.extname(file).toLowerCase();
  const vectors = ext === '.npy' ? npy(bytes, file) : ext === '.fvecs' ? fvecs(bytes, file) : jsonLines(bytes.toString('utf8'), file);
  if (!vectors.length) throw new VectorFileError(`${file} holds no vectors`);
  const dims = vectors[0]!.length;
  const odd = vectors.findIndex((v) => v.length !== dims);
  if (odd >= 0) throw new VectorFileError(`${file}: vector ${odd + 1} has ${vectors[odd]!.length} components, the first has ${dims}; every vector of the file must have the same dimension`);
  return vectors;
}

function jsonLines(text: string, file: string): number[][] {
  const out: number[][] = [];
  text.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new VectorFileError(`${file}:${k + 1}: not JSON; write one [x, y, …] array or {"embedding": […]} object per line`);
    }
    const vector = Array.isArray(value) ? value : (value as Record<string, unknown> | null)?.['embedding'] ?? (value as Record<string, unknown> | null)?.['vector'];
    if (!Array.isArray(vector) || !vector.length || !vector.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new VectorFileError(`${file}:${k + 1}: not an array of finite numbers; write one [x, y, …] array or {"embedding": […]} object per line`);
    }
    out.push(vector as number[]);
  });
  return out;
}

function npy(bytes: Buffer, file: string): number[][] {
  if (bytes.subarray(0, 6).toString('latin1') !== '\x93NUMPY') throw new VectorFileError(`${file} is not a .npy file (no \\x93NUMPY magic)`);
  const major = bytes[6]!;
  const headerLength = major === 1 ? bytes.readUInt16LE(8) : bytes.readUInt32LE(8);
  const start = (major === 1 ? 10 : 12) + headerLength;
  const header = bytes.subarray(major === 1 ? 10 : 12, start).toString('latin1');
  const descr = /'descr':\s*'([<>|]?)(f4|f8)'/.exec(header);
  const shape = /'shape':\s*\((\d+),\s*(\d+)\)/.exec(header);
  if (!descr || descr[1] === '>' || /'fortran_order':\s*True/.test(header) || !shape) {
    throw new VectorFileError(`${file}: only 2-D little-endian float32 or float64 arrays in C order are read (np.save(f, a.astype('float32')))`);
  }
  const [rows, dims] = [Number(shape[1]), Number(shape[2])];
  const width = descr[2] === 'f4' ? 4 : 8;
  if (bytes.length < start + rows * dims * width) throw new VectorFileError(`${file} is shorter than its header's shape (${rows}, ${dims})`);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: dims }, (_, d) => (width === 4 ? bytes.readFloatLE(start + (r * dims + d) * 4) : bytes.readDoubleLE(start + (r * dims + d) * 8))));
}

function fvecs(bytes: Buffer, file: string): number[][] {
  const out: number[][] = [];
  for (let at = 0; at < bytes.length;) {
    const dims = bytes.readInt32LE(at);
    if (dims <= 0 || at + 4 + dims * 4 > bytes.length) throw new VectorFileError(`${file}: the vector at byte ${at} says ${dims} components, more than the file holds; is it .fvecs (int32 dimension, then float32s)?`);
    out.push(Array.from({ length: dims }, (_, d) => bytes.readFloatLE(at + 4 + d * 4)));
    at += 4 + dims * 4;
  }
  return out;
}
