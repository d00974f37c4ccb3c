// Decides what an import writes when the text may already be on the site: a new file, an overwrite
// (only with --force), or a new version — the newer text takes the slug, the older one is kept as a
// dated earlier version (<slug>-<issued>, 已修订, versionOf the current slug). Pure: it is given the
// texts already there and returns the files to write, or the sentence explaining the refusal.
import type { RegulationFileData } from './regulation-file';

export interface ExistingText {
  slug: string;
  /** Full path of the file. */
  file: string;
  kind: 'json' | 'mdx';
  title?: string;
  issued?: string;
  versionOf?: string;
  studyGuide?: string;
  /** The file's parsed JSON, exactly as stored (imported texts only). */
  raw?: Record<string, unknown>;
}

export interface PlannedWrite {
  slug: string;
  data: RegulationFileData;
  /** Folder to write into when it must sit beside an existing file; the output folder otherwise. */
  dir?: string;
}

export type VersionPlan =
  | { ok: true; writes: PlannedWrite[]; notes: string[]; currentSlug: string }
  | { ok: false; message: string };

export interface VersionInput {
  slug: string;
  data: RegulationFileData;
  newVersionOf?: string;
  force: boolean;
  existing: ExistingText[];
}

const dirOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '');

export function planVersion({ slug, data, newVersionOf, force, existing }: VersionInput): VersionPlan {
  const bySlug = new Map(existing.map((e) => [e.slug, e]));
  const fail = (message: string): VersionPlan => ({ ok: false, message });
  let current: ExistingText | undefined;
  const notes: string[] = [];

  if (newVersionOf) {
    current = bySlug.get(newVersionOf);
    if (!current) return fail(`没有网址名为 ${newVersionOf} 的已导入法规（--new-version-of 应当写现行版本的网址名）`);
    if (current.kind === 'mdx') return fail(`${newVersionOf} 是本站编写的页面（导读或范本），不是导入的全文：新版本只能接在导入的全文之后`);
    if (current.versionOf) return fail(`${newVersionOf} 本身是历史版本：请改用 --new-version-of ${current.versionOf}`);
  } else {
    const same = bySlug.get(slug);
    if (same?.kind === 'mdx') {
      return fail(`网址名 ${slug} 已被 ${slug}.mdx 使用：请加 --slug 另取一个名字（要与这篇导读关联，再加 --guide ${slug}）`);
    }
    if (same) {
      if (same.title === data.title && same.issued !== data.issued && !same.versionOf) {
        current = same;
        notes.push(`检测到同名法规 ${same.slug}（发布于 ${same.issued}）：本文件（发布于 ${data.issued}）作为它的另一个版本导入。`);
      } else if (!force) {
        return fail(`${slug}.json 已经存在（《${same.title}》，发布于 ${same.issued}）。确认要用这个文件覆盖时加 --force；如果这是它的新版本，加 --new-version-of ${slug}`);
      } else {
        const keep = { studyGuide: data.studyGuide ?? same.studyGuide, versionOf: same.versionOf };
        return { ok: true, writes: [{ slug, data: withFields(data, keep), dir: dirOf(same.file) }], notes, currentSlug: slug };
      }
    } else {
      const titled = existing.find((e) => e.kind === 'json' && !e.versionOf && e.title === data.title);
      if (titled) {
        if (titled.issued === data.issued) {
          return fail(`已有同一版本的《${data.title}》（${titled.slug}.json，发布于 ${titled.issued}）：要用这个文件覆盖，加 --slug ${titled.slug} --force`);
        }
        current = titled;
        notes.push(`检测到同名法规 ${titled.slug}（发布于 ${titled.issued}）：本文件（发布于 ${data.issued}）作为它的另一个版本导入。`);
      }
    }
  }
  if (!current) return { ok: true, writes: [{ slug, data }], notes, currentSlug: slug };

  if (data.issued === current.issued) {
    return fail(`与现有版本 ${current.slug} 的发布日期相同（${data.issued}）：如果是同一版本，去掉 --new-version-of，加 --slug ${current.slug} --force 覆盖`);
  }
  const dir = dirOf(current.file);
  const earlier = (issued: string) => `${current!.slug}-${issued}`;
  if (data.issued > current.issued!) {
    const oldSlug = earlier(current.issued!);
    if (bySlug.has(oldSlug)) return fail(`历史版本文件 ${oldSlug} 已经存在：请先核对 content/regulations/ 中的版本文件`);
    const old = current.raw as unknown as RegulationFileData;
    notes.push(`《${data.title}》：${current.issued} 版保留为历史版本 ${oldSlug}（已修订），新文本成为现行版本 ${current.slug}。`);
    return {
      ok: true,
      writes: [
        { slug: oldSlug, data: withFields(old, { status: '已修订', versionOf: current.slug, studyGuide: undefined }), dir },
        { slug: current.slug, data: withFields(data, { studyGuide: data.studyGuide ?? old.studyGuide, versionOf: undefined }), dir },
      ],
      notes,
      currentSlug: current.slug,
    };
  }
  const oldSlug = earlier(data.issued);
  if (bySlug.has(oldSlug)) return fail(`历史版本文件 ${oldSlug} 已经存在：这个版本可能已经导入过`);
  notes.push(`本文件发布日期（${data.issued}）早于现行版本 ${current.slug}（${current.issued}）：作为历史版本 ${oldSlug} 导入。`);
  return {
    ok: true,
    writes: [{ slug: oldSlug, data: withFields(data, { status: '已修订', versionOf: current.slug, studyGuide: undefined }), dir }],
    notes,
    currentSlug: oldSlug,
  };
}

/** A copy with some fields set (undefined removes the field). */
function withFields(data: RegulationFileData, fields: Partial<RegulationFileData>): RegulationFileData {
  const out: Record<string, unknown> = { ...data, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete out[k];
  return out as unknown as RegulationFileData;
}
