import { ALLOWED_EVIDENCE_MEDIA_TYPES, extensionOf, type EvidenceMediaType } from './media-types/allowed-media-types';

export const MAX_EVIDENCE_NAME_LENGTH = 200;

// C0/C1 controls, and format characters: the bidi overrides that make "gpj.exe" read "exe.jpg",
// zero-width joiners and the like have no place in a file name.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The name an uploaded file is shown and downloaded under: the sender's name reduced to a safe display
 * name. NFC (Vietnamese typed on a Mac arrives decomposed), the last path segment only, no control,
 * format or lone surrogate characters, spaces collapsed, no leading dots, at most 200 characters
 * (keeping the extension), and an extension that fits what the bytes are: "bao-cao.pdf" holding a PNG
 * becomes "bao-cao.pdf.png", so a download never claims to be what it is not. Empty → "minh-chung.<ext>".
 */
export function sanitizeEvidenceName(raw: string | undefined | null, mediaType: EvidenceMediaType): string {
  let name = (raw ?? '').replace(LONE_SURROGATE, '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const extensions: readonly string[] = ALLOWED_EVIDENCE_MEDIA_TYPES[mediaType];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!extensions.includes(extension)) name = name.length === 0 ? '' : `${name}.${extensionOf(mediaType)}`;
  if (name.length === 0) name = `minh-chung.${extensionOf(mediaType)}`;
  return truncateKeepingExtension(name, MAX_EVIDENCE_NAME_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  const characters = Array.from(name); // code points: never split a surrogate pair
  if (characters.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length < max / 2 ? extension : [];
  return characters
    .slice(0, max - keep.length)
    .join('')
    .trimEnd()
    .concat(keep.join(''));
}
