import type { OutgoingFile } from './api';

// What a drop holds: files, and the files inside dropped folders (walked through the entries
// API), each named by its path inside what was dropped.

export async function droppedFiles(transfer: DataTransfer): Promise<OutgoingFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) {
    return [...transfer.files].map((file) => ({ file, name: file.name }));
  }
  const out: OutgoingFile[] = [];
  for (const entry of entries as FileSystemEntry[]) await walk(entry, '', out);
  return out;
}

async function walk(entry: FileSystemEntry, prefix: string, out: OutgoingFile[]): Promise<void> {
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, name });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in portions until it answers none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) if (!child.name.startsWith('.')) await walk(child, name, out);
  }
}

/** Files picked with an <input type=file> (webkitdirectory gives each its path in the folder). */
export function pickedFiles(list: FileList): OutgoingFile[] {
  return [...list].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
}
