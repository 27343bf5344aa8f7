/** A stretch where two key sequences differ: [aFrom, aTo) in the first replaced by [bFrom, bTo) in the second. */
export type Hunk = { aFrom: number; aTo: number; bFrom: number; bTo: number };

/** Longest-common-subsequence diff of two short key sequences (units are sentences: tens of keys). */
export function diffKeys(a: readonly string[], b: readonly string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened.
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  const close = () => {
    if (open) hunks.push(open);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { aFrom: i, aTo: i, bFrom: j, bTo: j };
    if (j >= m || (i < n && (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))) {
      i++;
      open.aTo = i;
    } else {
      j++;
      open.bTo = j;
    }
  }
  close();
  return hunks;
}
