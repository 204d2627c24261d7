/**
 * @dti/evidence-store — where evidence files live: a content-addressed store (a file is named by the
 * SHA-256 of its bytes) behind a port, with a filesystem adapter, the allow-list of media types checked
 * from the bytes, and the sanitized display name. The metadata of an upload (who, for which unit, under
 * which name) is not kept here but in the event store (`evidence-<sha256>` streams, see @dti/domain).
 */
export * from './evidence-store.port';
export * from './evidence-store.errors';
export * from './evidence-file-name';
export * from './media-types/allowed-media-types';
export * from './media-types/sniff-media-type';
export { FilesystemEvidenceStore } from './filesystem/filesystem-evidence-store';
export { EvidenceStoreModule } from './evidence-store.module';
