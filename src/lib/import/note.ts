// Reads the 题注 under a regulation's title — （2019年3月3日中共中央政治局会议审议批准　2019年3月17日中共中央
// 发布） — into dates and bodies: the issue date and issuer (印发/发布/公布; failing those, the body
// that passed or revised it), the meeting that adopted it (审议通过/批准), and the date it takes effect.

export interface NoteMeta {
  issued?: string;
  issuer?: string;
  effective?: string;
  adopted?: { date: string; by: string };
}

interface Clause {
  date: string;
  body: string;
  verb: string;
}

const CLAUSE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*([^\s\d，,；;。（()）]*?)\s*(审议通过|审议批准|通过|批准|印发|发布|公布|修订|修正|起施行|施行)/g;
const ISSUE = new Set(['印发', '发布', '公布']);
const ADOPT = new Set(['审议通过', '审议批准', '通过', '批准']);
const REVISE = new Set(['修订', '修正']);

/** 2019, 3, 17 → 2019-03-17 */
function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function readNote(note: string): NoteMeta {
  const clauses: Clause[] = [];
  for (const m of note.normalize('NFKC').matchAll(CLAUSE)) {
    clauses.push({ date: iso(m[1]!, m[2]!, m[3]!), body: m[4]!.replace(/^自/, ''), verb: m[5]! });
  }
  const last = (verbs: Set<string>) => [...clauses].reverse().find((c) => verbs.has(c.verb));
  const meta: NoteMeta = {};
  const issue = last(ISSUE);
  const adopt = last(ADOPT);
  const revise = last(REVISE);
  const issuedBy = issue ?? adopt ?? revise;
  if (issuedBy) {
    meta.issued = issuedBy.date;
    if (issuedBy.body) meta.issuer = issuedBy.body;
  }
  if (adopt && issue && adopt.body) meta.adopted = { date: adopt.date, by: adopt.body };
  const effective = last(new Set(['起施行', '施行']));
  if (effective) meta.effective = effective.date;
  return meta;
}
