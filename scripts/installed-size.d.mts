export interface InstalledSize {
  packages: number;
  totalBytes: number;
  excluded: string;
  excludedTreeBytes: number;
  outsideBytes: number;
  largest: { name: string; bytes: number }[];
}
export function installedSize(root: string, exclude?: string): InstalledSize;
