// A page slug from a file name a department chose, often Chinese: 县委常委会议事规则.docx →
// xian-wei-chang-wei-hui-yi-shi-gui-ze. Han characters become toneless pinyin (pinyin-pro picks the
// reading from context), Latin letters and digits are kept, everything else separates words.
import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 60;

export function slugFromName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').normalize('NFKC');
  const words = pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  let slug = words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) slug = slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  return slug;
}
