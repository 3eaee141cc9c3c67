// Material for MkDocs の検索 (Web Worker のスクリプト) を Node.js で動かし、ビルド済みのサイトの索引を引く。
// ブラウザと同じコード (site/assets/javascripts/workers/search.*.min.js と lunr の言語ファイル) をそのまま使い、
// 検索語はページと同じく site/assets/javascripts/search-query.js を通してから Worker に渡す。
//
//   node sitecheck/search.mjs SITE_DIR < queries.json > results.json
//
// 入力は検索語の JSON 配列。出力は {検索語: [[location, ...], ...]}。外側の配列は結果の表示と同じページごとの
// グループの並び、内側はグループの中の項目 (ページと節) の location の並び。
import fs from "node:fs"
import path from "node:path"
import vm from "node:vm"

const site = process.argv[2]
const workers = path.join(site, "assets/javascripts/workers")
const worker = fs.readdirSync(workers).find(name => /^search\.\w+\.min\.js$/.test(name))
if (!worker) throw new Error(`${workers}: 検索のスクリプト (search.*.min.js) がありません`)
const index = JSON.parse(fs.readFileSync(path.join(site, "search/search_index.json"), "utf8"))
const queries = JSON.parse(fs.readFileSync(0, "utf8"))

// Web Worker の環境のうち、検索のスクリプトが使うものだけを用意する
let onmessage, reply
const scope = {
  console,
  addEventListener: (type, listener) => { onmessage = listener },
  postMessage: message => reply(message),
  importScripts: (...urls) => urls.forEach(url => vm.runInContext(fs.readFileSync(path.join(workers, url), "utf8"), scope)),
}
scope.self = scope
vm.createContext(scope)
vm.runInContext(fs.readFileSync(path.join(workers, worker), "utf8"), scope)
const send = data => new Promise(resolve => { reply = resolve; onmessage({ data }) })

// ページの側: search-query.js が Worker の postMessage に足す検索語の書き換え (overrides/main.html)
const page = { Worker: class { postMessage(message) { this.sent = message } } }
page.self = page
vm.createContext(page)
vm.runInContext(fs.readFileSync(path.join(site, "assets/javascripts/search-query.js"), "utf8"), page)
const pageMessage = message => { const worker = new page.Worker(); worker.postMessage(message); return worker.sent }

// 0 = SETUP, 2 = QUERY (Material の SearchMessageType)。options はページのスクリプトが足すもの
await send({ type: 0, data: { ...index, options: { suggest: false } } })
const results = {}
for (const query of queries) {
  const { data } = await send(pageMessage({ type: 2, data: query }))
  results[query] = data.items.map(group => group.map(item => item.location))
}
process.stdout.write(JSON.stringify(results))
