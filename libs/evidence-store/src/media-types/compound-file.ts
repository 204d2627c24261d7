import type { FileHandle } from 'node:fs/promises';
import { readAt } from './zip-directory';

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = 0xfffffffe;
const MAX_DIRECTORY_SECTORS = 256;
const HEADER_FAT_SECTORS = 109;

/**
 * The names in an OLE compound file's directory (the container of legacy .doc/.xls/.ppt, but also of
 * .msi installers and Outlook messages): what tells a Word document ("WordDocument") from an installer.
 * Follows the directory's sector chain through the FAT sectors listed in the header (enough for any
 * file the size limit admits with 4 KiB sectors, and for ~7 MB with 512-byte ones); stops at the first
 * sector it cannot place. Null when the header is not a compound file's.
 */
export async function readCompoundFileNames(file: FileHandle, fileSize: number): Promise<Set<string> | null> {
  if (fileSize < 512) return null;
  const header = await readAt(file, 0, 512);
  if (!header.subarray(0, 8).equals(SIGNATURE)) return null;
  const sectorShift = header.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  const fatCount = Math.min(header.readUInt32LE(0x2c), HEADER_FAT_SECTORS);
  for (let index = 0; index < fatCount; index += 1) fatSectors.push(header.readUInt32LE(0x4c + index * 4));
  const entriesPerFatSector = sectorSize / 4;

  const nextSector = async (sector: number): Promise<number> => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    if (fatSector === undefined || offsetOf(fatSector) + sectorSize > fileSize) return END_OF_CHAIN;
    const entry = await readAt(file, offsetOf(fatSector) + (sector % entriesPerFatSector) * 4, 4);
    return entry.length === 4 ? entry.readUInt32LE(0) : END_OF_CHAIN;
  };

  const names = new Set<string>();
  let sector = header.readUInt32LE(0x30);
  const seen = new Set<number>();
  while (sector < END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS) {
    seen.add(sector);
    if (offsetOf(sector) + sectorSize > fileSize) break;
    const directory = await readAt(file, offsetOf(sector), sectorSize);
    for (let at = 0; at + 128 <= directory.length; at += 128) {
      const nameLength = directory.readUInt16LE(at + 64);
      const type = directory[at + 66];
      if (nameLength < 2 || nameLength > 64 || type === 0) continue;
      names.add(directory.toString('utf16le', at, at + nameLength - 2));
    }
    sector = await nextSector(sector);
  }
  return names;
}
