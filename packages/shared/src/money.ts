// Money is kept in fen (integer). These are the only two ways it is written out in 元.

/** On screen: the shortest form. 18050 → "180.5", 18000 → "180". */
export function yuan(fen: number): string {
  return String(Math.round(fen) / 100);
}

/** In a document (an agreement, a complaint's request): two decimals unless whole. 18050 → "180.50", 18000 → "180". */
export function yuanForDocument(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, '');
}
