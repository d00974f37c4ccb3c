// npm run package: the offline package a department copies to a standalone PC or a server —
// zgzsk-<build date>.zip holding 使用说明.txt, the site (组工知识库/, open index.html by double-click)
// and the server settings (服务器配置/). Names are stored in GBK, which Windows' own "extract all"
// reads on Chinese systems, with their UTF-8 form alongside for every other unzip tool.
//   node scripts/package.mjs [--dist dist] [--out .]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import iconv from 'iconv-lite';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: '.' } } });
const dist = path.resolve(values.dist);
const infoFile = path.join(dist, 'build-info.json');
if (!fs.existsSync(infoFile)) {
  console.error(`没有找到构建结果（${path.relative(process.cwd(), infoFile)}）：请先运行 npm run build`);
  process.exit(1);
}
const info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
const SITE = '组工知识库';
const DEPLOY = '服务器配置';

const guide = `组工知识库 离线包
构建日期：${info.builtAt}　内容版本：${info.contentVersion}

一、单机使用（不联网的电脑）
1. 把整个“${SITE}”文件夹复制到本机任意位置（例如 D:\\资料\\${SITE}\\），路径里可以有中文和空格。
2. 双击文件夹里的 index.html，用浏览器打开即可：阅读、目录跳转、复制引用、搜索都能用。
3. 建议使用 Chrome、Edge、360 安全浏览器（极速模式）、奇安信等 Chromium 内核浏览器，或 Firefox。
4. 网页底部显示“内容版本 ${info.contentVersion}”，与本说明一致即为同一版本。

二、放到内网服务器
1. 把“${SITE}”文件夹里的全部文件复制到 Web 服务器的站点目录。
2. nginx：使用“${DEPLOY}/nginx.conf”（按文件开头的说明修改 root 路径）。
   IIS：把“${DEPLOY}/web.config”复制到站点根目录。
3. 放在子路径（如 http://服务器/zgzsk/）也可以直接使用；只有“页面不存在”提示页需要按 README 用 BASE_PATH 重新构建。

三、注意
- 本站内容为学习与检索用的工作参考；起草正式文件时，请以中央和上级机关发布的正式文本为准。
- 学习进度等保存在本机浏览器中；换电脑时请用网页上的“导出”功能。
`;

const zip = new JSZip();
zip.file('使用说明.txt', `\uFEFF${guide.replace(/\n/g, '\r\n')}`);
for (const file of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  const full = path.join(dist, file);
  if (fs.statSync(full).isFile()) zip.file(`${SITE}/${file.split(path.sep).join('/')}`, fs.readFileSync(full));
}
for (const name of ['nginx.conf', 'web.config']) zip.file(`${DEPLOY}/${name}`, fs.readFileSync(path.resolve('deploy', name)));

const target = path.join(path.resolve(values.out), `zgzsk-${info.builtAt}.zip`);
const bytes = await zip.generateAsync({
  type: 'nodebuffer',
  compression: 'DEFLATE',
  compressionOptions: { level: 9 },
  platform: 'DOS',
  encodeFileName: (name) => iconv.encode(name, 'gbk'),
});
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(`${target}.tmp`, bytes);
fs.renameSync(`${target}.tmp`, target);
console.log(`已生成 ${path.relative(process.cwd(), target)}（${(bytes.length / 1024 / 1024).toFixed(1)} MB，内容版本 ${info.contentVersion}，构建于 ${info.builtAt}）`);
