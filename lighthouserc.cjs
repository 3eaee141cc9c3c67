// Lighthouse CI の設定 (nox -s lighthouse)。ビルド済みの site/ を LHCI 自身のサーバー (gzip で圧縮) で配信し、
// ページを mobile の設定で測って、目標を判定する。測るページの一覧は nox が --collect.url で渡す。
//
// 環境変数 (既定は全ページの測り方):
//   LIGHTHOUSE_RUNS             1 ページを何回測るか (既定 3。判定は中央値)
//   LIGHTHOUSE_PERFORMANCE_MIN  性能の下限 (既定 0.95)。負荷の高い CI のマシンでは大きな後退だけを捕まえる値に下げる
const runs = Number(process.env.LIGHTHOUSE_RUNS || 3);
const performance = Number(process.env.LIGHTHOUSE_PERFORMANCE_MIN || 0.95);
const atLeast = (minScore) => ["error", { minScore, aggregationMethod: "median" }];

module.exports = {
  ci: {
    collect: {
      staticDistDir: "./site",
      numberOfRuns: runs,
      settings: {
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        // root のコンテナの中のヘッドレスの Chromium で、外のネットワークに繋がない
        chromeFlags: "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
      },
    },
    assert: {
      assertions: {
        "categories:performance": atLeast(performance),
        "categories:accessibility": atLeast(0.95),
        "categories:best-practices": atLeast(1),
        "categories:seo": atLeast(1),
      },
    },
    // 書き出す場所 (--outputDir) は sitecheck/lighthouse.py が渡す
    upload: { target: "filesystem" },
  },
};
