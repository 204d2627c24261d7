import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  EvidenceTooLargeError,
  FilesystemEvidenceStore,
  sanitizeEvidenceName,
  sniffMediaType,
} from '@dti/evidence-store';
import { compoundFile, docm, docx, EXE, HTML, odt, pdf, PNG, xlsx, zip } from './evidence-fixtures';

/**
 * The filesystem evidence store on a real directory: content addressing, the size limit, crash safety of
 * the atomic write (a half-written upload is never served and is swept), and media types read from bytes.
 */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('filesystem evidence store', () => {
  let root: string;
  let store: FilesystemEvidenceStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'dti-evidence-'));
    store = new FilesystemEvidenceStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a file under the SHA-256 of its bytes, once however often it arrives', async () => {
    const bytes = pdf('một');
    const first = await store.stage(Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]), { maxBytes: 1000 });
    expect(first).toMatchObject({ sha256: sha256(bytes), size: bytes.length });
    expect(await store.stat(first.sha256)).toBeNull(); // staged is not stored
    expect(await store.commit(first)).toEqual({ created: true });
    const second = await store.stage(Readable.from([bytes]), { maxBytes: 1000 });
    expect(await store.commit(second)).toEqual({ created: false });

    expect(await readFile(store.pathOf(first.sha256))).toEqual(bytes);
    expect(await readdir(join(root, 'staging'))).toEqual([]);
    const opened = await store.open(first.sha256);
    expect(opened?.size).toBe(bytes.length);
    expect(await collect(opened!.content)).toEqual(bytes);
  });

  it('refuses more than the limit and leaves nothing behind, staged or stored', async () => {
    const big = Buffer.alloc(5000, 1);
    await expect(
      store.stage(Readable.from([big.subarray(0, 2500), big.subarray(2500)]), { maxBytes: 4096 }),
    ).rejects.toThrow(EvidenceTooLargeError);
    expect(await readdir(join(root, 'staging'))).toEqual([]);
    expect(await store.stat(sha256(big))).toBeNull();
    // Exactly the limit is accepted.
    await expect(store.stage(Readable.from([big.subarray(0, 4096)]), { maxBytes: 4096 })).resolves.toMatchObject({
      size: 4096,
    });
  });

  it('removes the staged file when the upload breaks off mid-way', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(100, 2));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.stage(broken, { maxBytes: 1000 })).rejects.toThrow('client went away');
    expect(await readdir(join(root, 'staging'))).toEqual([]);
  });

  it('never serves what a crash left half-written, sweeps it once stale, and keeps fresh uploads of other replicas', async () => {
    const bytes = pdf('toàn vẹn');
    const hash = sha256(bytes);
    // A previous process died after writing half of the upload to staging (before fsync and rename).
    await mkdir(join(root, 'staging'), { recursive: true });
    const abandoned = join(root, 'staging', 'crashed-upload.part');
    await writeFile(abandoned, bytes.subarray(0, 20));
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(abandoned, longAgo, longAgo);
    const inProgress = join(root, 'staging', 'other-replica.part');
    await writeFile(inProgress, bytes.subarray(0, 10));

    expect(await store.stat(hash)).toBeNull();
    expect(await store.open(hash)).toBeNull();
    expect(await store.removeStaleStagedFiles(60 * 60 * 1000)).toBe(1);
    expect(await readdir(join(root, 'staging'))).toEqual(['other-replica.part']);

    // The complete upload of the same bytes is then stored whole.
    await store.commit(await store.stage(Readable.from([bytes]), { maxBytes: 1000 }));
    expect(await readFile(store.pathOf(hash))).toEqual(bytes);
  });

  it('replaces a damaged copy under a hash (wrong size) with the complete upload', async () => {
    const bytes = pdf('sửa');
    const hash = sha256(bytes);
    await mkdir(join(root, 'sha256', hash.slice(0, 2)), { recursive: true });
    await writeFile(store.pathOf(hash), bytes.subarray(0, 5));
    expect(await store.commit(await store.stage(Readable.from([bytes]), { maxBytes: 1000 }))).toEqual({
      created: false,
    });
    expect(await readFile(store.pathOf(hash))).toEqual(bytes);
  });

  it('never turns an unchecked string into a path', async () => {
    await expect(store.open('../../etc/passwd')).rejects.toThrow(TypeError);
    expect(() => store.pathOf('A'.repeat(64))).toThrow(TypeError);
  });
});

describe('media types from the bytes', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dti-sniff-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const sniff = async (name: string, bytes: Buffer) => {
    const path = join(root, name);
    await writeFile(path, bytes);
    return sniffMediaType(path);
  };

  it('accepts PDF, images and office documents for what they are', async () => {
    expect(await sniff('a.pdf', pdf())).toEqual({ allowed: true, mediaType: 'application/pdf' });
    expect(await sniff('a.png', PNG)).toEqual({ allowed: true, mediaType: 'image/png' });
    expect(await sniff('a.docx', docx())).toMatchObject({ mediaType: expect.stringContaining('wordprocessingml') });
    expect(await sniff('a.xlsx', await xlsx())).toMatchObject({ mediaType: expect.stringContaining('spreadsheetml') });
    expect(await sniff('a.odt', odt())).toMatchObject({ mediaType: 'application/vnd.oasis.opendocument.text' });
    expect(await sniff('a.doc', compoundFile('WordDocument'))).toMatchObject({ mediaType: 'application/msword' });
    expect(await sniff('a.xls', compoundFile('Workbook'))).toMatchObject({ mediaType: 'application/vnd.ms-excel' });
  });

  it('refuses executables, HTML, plain archives, macro documents and other compound files, whatever their name', async () => {
    expect(await sniff('exe.pdf', EXE)).toEqual({ allowed: false, detected: 'application/x-msdownload' });
    expect(await sniff('page.pdf', HTML)).toEqual({ allowed: false, detected: null });
    expect(await sniff('archive.docx', zip([{ name: 'word/evil.xml', data: '<x/>' }]))).toMatchObject({
      allowed: false,
    });
    expect(await sniff('macro.docx', docm())).toMatchObject({ allowed: false });
    expect(await sniff('setup.doc', compoundFile('SummaryInformation'))).toEqual({
      allowed: false,
      detected: 'application/x-cfb',
    });
    expect(await sniff('empty.pdf', Buffer.alloc(0))).toEqual({ allowed: false, detected: null });
  });
});

describe('evidence file names', () => {
  it('keeps a Vietnamese name, in NFC', () => {
    expect(sanitizeEvidenceName('Ba\u0301o ca\u0301o quy\u0301 1.pdf', 'application/pdf')).toBe('Báo cáo quý 1.pdf');
  });

  it('drops paths, control and bidi characters and lone surrogates', () => {
    expect(sanitizeEvidenceName('C:\\Users\\lan\\..\\báo cáo.pdf', 'application/pdf')).toBe('báo cáo.pdf');
    expect(sanitizeEvidenceName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitizeEvidenceName('a\u0000b\u202Efdp.exe', 'application/pdf')).toBe('a b fdp.exe.pdf');
    expect(sanitizeEvidenceName('x\uD800y.png', 'image/png')).toBe('xy.png');
    expect(sanitizeEvidenceName('...', 'image/png')).toBe('minh-chung.png');
    expect(sanitizeEvidenceName(undefined, 'application/msword')).toBe('minh-chung.doc');
  });

  it('gives the extension of what the bytes are, and bounds the length keeping it', () => {
    expect(sanitizeEvidenceName('scan.pdf', 'image/jpeg')).toBe('scan.pdf.jpg');
    expect(sanitizeEvidenceName('scan.JPEG', 'image/jpeg')).toBe('scan.JPEG');
    const long = sanitizeEvidenceName(
      `${'ệ'.repeat(500)}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('ệ.docx')).toBe(true);
    expect(sanitizeEvidenceName('😀'.repeat(300), 'image/png').endsWith('.png')).toBe(true);
  });
});
