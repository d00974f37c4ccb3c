// The 类别 a regulation's title suggests: 《…条例》 → 条例; anything else is a 规范性文件.

export function guessCategory(title: string): string {
  const suffix = /(条例|规定|办法|规则|细则|准则)(（[^）]*）)?$/.exec(title);
  return suffix ? suffix[1]! : '规范性文件';
}
