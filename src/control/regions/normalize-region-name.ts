/**
 * A region name reduced to what tells regions apart: lower case, `ё` as `е`, apostrophes dropped
 * (Luhans'k, Zaporiz'ka), hyphens and dots as spaces, and the generic words dropped (oblast,
 * region, province, область, обл., регіон, регион, край): "Donetsk region", "Donetsk Oblast" and
 * "donetsk" all become "donetsk"; "Донецька область" becomes "донецька".
 */
export function normalizeRegionName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`´‘"«»“”]/g, '')
    .replace(/[-‐–—.,/()]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !GENERIC_WORDS.has(word))
    .join(' ')
}

const GENERIC_WORDS = new Set([
  'oblast',
  'oblasts',
  'obl',
  'region',
  'regions',
  'province',
  'the',
  'of',
  'область',
  'області',
  'обл',
  'регіон',
  'регион',
  'край',
])
