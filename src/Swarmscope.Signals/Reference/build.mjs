// Writes ordinary-names.txt.gz: lower-case ASCII given names, surnames and common English words, one per line,
// sorted and unique. Run `npm ci && npm run build` here; the output is committed and embedded in Swarmscope.Signals.
// Sources: @faker-js/faker (MIT) person names of every locale whose names are Latin or Cyrillic script, and its
// English word lists; popular-english-words (ISC), the 20,000 most frequent words of English Wikipedia.
import { allLocales } from '@faker-js/faker';
import { words as popular } from 'popular-english-words';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Cyrillic to Latin as handles spell it (Russian, Ukrainian, Kazakh and Macedonian letters).
const cyrillic = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ә: 'a', ғ: 'g', қ: 'k', ң: 'n',
  ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ѓ: 'gj', ѕ: 'dz', ј: 'j', љ: 'lj', њ: 'nj', ќ: 'kj', џ: 'dzh',
};
const special = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', ə: 'a', þ: 'th', ð: 'd' };

function fold(text) {
  let s = '';
  for (const ch of text.toLowerCase()) s += cyrillic[ch] ?? special[ch] ?? ch;
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function strings(node, out) {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach(n => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach(n => strings(n, out));
  return out;
}

const entries = new Set();
function add(text) {
  // "Adam Perl", "G'iyosov", "Smith-Jones": each part is an entry.
  for (const part of fold(text).split(/[\s\-'’.]+/)) if (/^[a-z]{2,}$/.test(part)) entries.add(part);
}

for (const locale of Object.values(allLocales)) {
  const person = locale.person ?? {};
  for (const key of ['first_name', 'last_name', 'middle_name']) strings(person[key], []).forEach(add);
}
strings(allLocales.en.word, []).forEach(add);
popular.getMostPopular(20000).forEach(add);

const sorted = [...entries].sort();
writeFileSync('ordinary-names.txt.gz', gzipSync(sorted.join('\n') + '\n', { level: 9 }));
console.log(`${sorted.length} entries`);
