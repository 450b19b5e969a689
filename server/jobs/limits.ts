import { uploadDefaults } from '../../contract/documents';

/** How much one upload may carry; set with UPLOAD_MAX_FILE_MB, UPLOAD_MAX_FILES, UPLOAD_MAX_TOTAL_MB. */
export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function uploadLimits(env: NodeJS.ProcessEnv = process.env): UploadLimits {
  const mb = 1024 * 1024;
  return {
    maxFileBytes: Math.round(positive(env.UPLOAD_MAX_FILE_MB, uploadDefaults.maxFileMb) * mb),
    maxFiles: Math.floor(positive(env.UPLOAD_MAX_FILES, uploadDefaults.maxFiles)),
    maxTotalBytes: Math.round(positive(env.UPLOAD_MAX_TOTAL_MB, uploadDefaults.maxTotalMb) * mb),
  };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`;
}
