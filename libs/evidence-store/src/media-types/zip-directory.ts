import type { FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory (the authoritative list; local headers may lie or be absent). */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// An office document has a few hundred parts; bounding what is read keeps a hostile zip cheap.
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

/**
 * The central directory of a zip file, or null when the file is not a well-formed (non-zip64) zip.
 * Reads the end record from the tail, then the directory it points to: never the whole file.
 */
export async function readZipDirectory(file: FileHandle, fileSize: number): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  if (tailLength < 22) return null;
  const tail = await readAt(file, fileSize - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) return null; // zip64: no office document needs it
  if (count > MAX_ENTRIES || directorySize > MAX_DIRECTORY_BYTES) return null;
  if (directoryOffset + directorySize > fileSize) return null;
  const directory = await readAt(file, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength > directory.length) return null;
    entries.push({
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes, inflated; null when it is larger than `maxBytes`, damaged or compressed otherwise. */
export async function readZipEntry(
  file: FileHandle,
  fileSize: number,
  entry: ZipEntry,
  maxBytes: number,
): Promise<Buffer | null> {
  if (entry.compressedSize > maxBytes || entry.uncompressedSize > maxBytes) return null;
  if (entry.localHeaderOffset + 30 > fileSize) return null;
  const header = await readAt(file, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_HEADER) return null;
  const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataOffset + entry.compressedSize > fileSize) return null;
  const data = await readAt(file, dataOffset, entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}

export async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await file.read(buffer, read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read);
}
