/**
 * `Content-Disposition` for a stored file (RFC 6266): an ASCII `filename` for old clients and the exact
 * name as `filename*` (RFC 8187 / 5987 UTF-8 percent-encoding), which every current browser prefers.
 * Vietnamese has no ASCII form, so the fallback drops the diacritics ("Báo cáo quý 1.pdf" →
 * "Bao cao quy 1.pdf") rather than showing "?" or mojibake.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  return `${kind}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}

export function asciiFallback(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    // Inside a quoted-string only these two need escaping; replacing them keeps every parser happy.
    .replace(/["\\]/g, '_');
  return folded.trim().length === 0 ? 'evidence' : folded;
}

/** attr-char of RFC 8187 stays as is; every other byte of the UTF-8 form is %XX. */
export function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
