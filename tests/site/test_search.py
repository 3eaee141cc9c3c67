"""ビルド済みのサイトの検索を、ブラウザと同じ Material の検索のコード (sitecheck/search.py) で確かめる。

- 見出し: 索引にあるすべてのページと節の見出しを、そのまま (空白を足さずに) 検索語にして、その見出しのページが
  結果の上位 3 ページ (ページごとのグループ) に入るか。同じ見出しが複数のページにあれば、どれか 1 つが入ればよい。
  入った割合が RECALL_TARGET 以上であること。入らなかった見出しは report/search-misses.txt に書き、表示する。
- 索引に入れないもの: スニペットとノートブックのセルのコード、出力のブロックは、どのページでも
  data-search-exclude を持つこと
  (数字の並びやコードの断片が検索結果に出ず、索引が小さくなる。コードの API 名は本文と見出しで引ける)。
- 学習者の検索語: LEARNER_QUERIES の検索語ごとに、決めたページ (または節) が上位 3 ページに入るか。
  節 (#...) を決めたものは、そのページのグループの上位 3 項目にその節があること。
- 章ごとの検索語: CHAPTER_QUERIES の章ごとに、漢字の複合語、言い換え (外来語と和語、別の呼び名)、略語か英語の
  検索語があり、それぞれ決めたページが最初に出るか。すべての章 (ページのパスの最初の部分) に 3 種類があること。
- 検索語の書き換え: どのページも、検索の Worker を作る Material の bundle より前に、漢字の連なりを切らないための
  書き換え (assets/javascripts/search-query.js、overrides/main.html) をそのまま読み込んでいること。
  search.mjs もこのファイルを通してから検索するので、検索の確かめはページと同じ検索語で引く。
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitecheck.search import page_of, search, titles
from sitecheck.site import pages

RECALL_TARGET = 0.95
TOP_PAGES = 3
TOP_ITEMS = 3

# 学習者が打ちそうな検索語と、見つかるべきページまたは節。API 名は `nn.` などを付けずに、
# カタカナは英語の用語の読み (長音の有無のゆれも) で
LEARNER_QUERIES = [
    ("勾配", "autograd/"),
    ("テンソル", "tensor/"),
    ("学習率", "scheduler/"),
    ("DataLoader", "data/"),
    ("データローダー", "data/"),
    ("データローダ", "data/"),
    ("ワーカー", "data/loader/"),
    ("オプティマイザー", "optim/"),
    ("オプティマイザ", "optim/"),
    ("ソフトマックス", "loss/classification/#ce-no-softmax"),
    ("スケジューラー", "scheduler/"),
    ("CrossEntropyLoss", "loss/classification/#cross-entropy"),
    ("zero_grad", "optim/"),
    ("autocast", "amp/"),
    ("unsqueeze", "tensor/shape/#unsqueeze-squeeze"),
    ("cpu().numpy()", "tensor/numpy/"),
    ("自動微分", "autograd/"),
    ("微分", "autograd/"),
    ("計算グラフ", "autograd/advanced/#how-it-works"),
    ("requires_grad", "autograd/"),
    ("no_grad", "autograd/"),
    ("重み減衰", "optim/groups/"),
    ("勾配クリッピング", "optim/groups/#clipping"),
    ("学習率スケジューラ", "scheduler/"),
    ("ウォームアップ", "scheduler/combine/"),
    ("形状の変更", "tensor/shape/"),
    ("reshape", "tensor/shape/"),
    ("テンソルの作成", "tensor/create/"),
    ("データ型", "tensor/dtype/"),
    ("行列積", "tensor/matmul/"),
    ("ブロードキャスト", "tensor/ops/"),
    ("NumPy", "tensor/numpy/"),
    ("インストール", "install/"),
    ("GPU", "cuda/management/"),
    ("pin_memory", "data/loader/#pin-memory"),
    ("Dataset", "data/"),
    ("nn.Module", "nn/"),
    ("学習ループ", "nn/training/"),
    ("損失関数", "loss/"),
    ("MSELoss", "loss/"),
    ("AdamW", "optim/"),
    ("CosineAnnealingLR", "scheduler/catalog/"),
    ("LSTM", "nn/layers/"),
    ("BCEWithLogitsLoss", "loss/classification/"),
    ("TripletMarginLoss", "loss/#triplet"),
    ("OneCycleLR", "scheduler/catalog/"),
    ("用語集", "glossary/"),
    # この章立てで足した章
    ("チェックポイント", "save/"),
    ("weights_only", "save/#weights-only"),
    ("map_location", "save/#map-location"),
    ("再現性", "reproducibility/"),
    ("シード", "reproducibility/"),
    ("use_deterministic_algorithms", "reproducibility/"),
    ("メモリ", "memory/"),
    ("empty_cache", "memory/"),
    ("torch.compile", "compile/"),
    ("グラフブレイク", "compile/#graph-breaks"),
    ("benchmark", "speed/"),
    ("プロファイラ", "speed/#profiler"),
    ("DistributedDataParallel", "distributed/"),
    ("torchrun", "distributed/"),
    ("転移学習", "transfer/"),
    ("ファインチューニング", "transfer/"),
    ("混合精度", "amp/"),
    ("はじめに", "start/"),
    ("チートシート", "cheatsheet/"),
    ("mat1 and mat2 shapes cannot be multiplied", "errors/shapes/"),
    ("Expected all tensors to be on the same device", "errors/devices/"),
    ("Trying to backward through the graph a second time", "errors/autograd/"),
    ("CUDA out of memory", "errors/cuda/"),
    ("The NVIDIA driver on your system is too old", "errors/cuda/"),
    ("no kernel image is available for execution on the device", "errors/cuda/"),
    ("DataLoader worker is killed by signal: Bus error", "errors/data/"),
    ("address already in use", "errors/distributed/"),
    ("Expected to have finished reduction in the prior iteration", "errors/distributed/"),
]


# 章ごとの検索語。種類は 3 つ: 漢字の複合語 (部分の語を含むだけのページより先に、その語が主題のページが出る)、
# 言い換え (外来語と和語、別の呼び名)、略語か英語。値は (検索語, 最初に出るべきページ)。「|」でつないだページは、
# どれも正しい答え (用語集の項目と、その語が主題のページなど) で、どれかが最初に出ればよい。
# 章はページのパスの最初の部分 (training は nn/training/)
COMPOUND, SYNONYM, ENGLISH = "複合語", "言い換え", "略語・英語"
CHAPTER_QUERIES: dict[str, list[tuple[str, str, str]]] = {
    "tensor": [
        (COMPOUND, "行列積", "tensor/matmul/"),
        (SYNONYM, "多次元配列", "tensor/"),
        (ENGLISH, "matmul", "tensor/matmul/"),
    ],
    "autograd": [
        (COMPOUND, "自動微分", "autograd/"),
        (COMPOUND, "誤差逆伝播法", "autograd/"),
        (SYNONYM, "バックプロパゲーション", "autograd/"),
        (ENGLISH, "backward", "autograd/"),
    ],
    "nn": [
        (COMPOUND, "全結合層", "nn/layers/"),
        (SYNONYM, "レイヤー", "nn/layers/"),
        (ENGLISH, "CNN", "nn/layers/"),
    ],
    "loss": [
        (COMPOUND, "損失関数", "loss/"),
        (COMPOUND, "平均二乗誤差", "loss/|glossary/"),
        (COMPOUND, "交差エントロピー", "loss/classification/|glossary/"),
        (SYNONYM, "クロスエントロピー", "loss/classification/"),
        (ENGLISH, "MSE", "loss/"),
        (ENGLISH, "cross entropy", "loss/classification/"),
    ],
    "optim": [
        (COMPOUND, "最適化手法", "optim/"),
        (COMPOUND, "重み減衰", "optim/groups/"),
        (SYNONYM, "オプティマイザー", "optim/"),
        (ENGLISH, "Adam", "optim/algorithms/"),
        (ENGLISH, "optimizer", "optim/"),
    ],
    "data": [
        (COMPOUND, "前処理", "data/"),
        (SYNONYM, "ミニバッチ", "data/"),
        (ENGLISH, "num_workers", "data/loader/"),
    ],
    "training": [
        (COMPOUND, "評価モード", "nn/training/"),
        (SYNONYM, "訓練ループ", "nn/training/"),
        (ENGLISH, "eval", "nn/training/"),
    ],
    "scheduler": [
        (COMPOUND, "学習率", "scheduler/"),
        (COMPOUND, "学習率減衰", "scheduler/"),
        (SYNONYM, "学習率の調整", "scheduler/"),
        (ENGLISH, "LR", "scheduler/|notebooks/lr_schedulers/"),
    ],
    "cuda": [
        (COMPOUND, "既定デバイス", "cuda/"),
        (COMPOUND, "非同期転送", "cuda/management/|data/loader/"),
        (SYNONYM, "デバイス", "cuda/"),
        (ENGLISH, "GPU", "cuda/|cuda/management/"),
    ],
    "amp": [
        (COMPOUND, "混合精度", "amp/"),
        (COMPOUND, "自動混合精度", "amp/"),
        (SYNONYM, "半精度", "amp/"),
        (ENGLISH, "AMP", "amp/"),
        (ENGLISH, "mixed precision", "amp/"),
    ],
    "save": [
        (COMPOUND, "モデル保存", "save/"),
        (COMPOUND, "途中再開", "save/"),
        # ノートブックの手書き数字の分類も、最良のモデルをチェックポイントに保存する節を持つ
        (SYNONYM, "チェックポイント", "save/|notebooks/digits/"),
        (ENGLISH, "weights_only", "save/"),
        (ENGLISH, "checkpoint", "save/"),
    ],
    "reproducibility": [
        (COMPOUND, "再現性", "reproducibility/"),
        (COMPOUND, "乱数生成器", "reproducibility/"),
        (SYNONYM, "シード", "reproducibility/"),
        (ENGLISH, "deterministic", "reproducibility/"),
    ],
    "memory": [
        (COMPOUND, "活性化チェックポイント", "memory/"),
        (COMPOUND, "メモリ使用量", "memory/|cuda/management/"),
        (SYNONYM, "省メモリ", "memory/"),
        (SYNONYM, "勾配チェックポイント", "memory/"),
        (ENGLISH, "empty_cache", "memory/|cuda/management/"),
    ],
    "speed": [
        (COMPOUND, "実行時間", "speed/"),
        (SYNONYM, "ベンチマーク", "speed/"),
        (ENGLISH, "benchmark", "speed/"),
        (ENGLISH, "profiler", "speed/"),
    ],
    "compile": [
        (COMPOUND, "再コンパイル", "compile/"),
        (SYNONYM, "グラフブレイク", "compile/"),
        (ENGLISH, "JIT", "compile/"),
    ],
    "distributed": [
        (COMPOUND, "分散学習", "distributed/"),
        (SYNONYM, "複数GPU", "distributed/"),
        (SYNONYM, "データ並列", "distributed/"),
        (ENGLISH, "DDP", "distributed/"),
        (ENGLISH, "DistributedDataParallel", "distributed/"),
        (COMPOUND, "分散チェックポイント", "distributed/fsdp/|glossary/"),
        (ENGLISH, "FSDP", "distributed/fsdp/|glossary/"),
        (ENGLISH, "fully_shard", "distributed/fsdp/"),
    ],
    "transfer": [
        (COMPOUND, "転移学習", "transfer/"),
        (COMPOUND, "微調整", "transfer/"),
        (SYNONYM, "ファインチューニング", "transfer/"),
        (ENGLISH, "fine-tuning", "transfer/|glossary/"),
    ],
    "notebooks": [
        (COMPOUND, "手書き数字", "notebooks/digits/"),
        (COMPOUND, "早期終了", "notebooks/digits/|glossary/"),
        (SYNONYM, "学習曲線", "notebooks/digits/"),
        (ENGLISH, "ipynb", "notebooks/digits/|notebooks/lr_schedulers/"),
    ],
    "errors": [
        (COMPOUND, "実行時エラー", "errors/"),
        (COMPOUND, "形状不一致", "errors/shapes/"),
        (SYNONYM, "エラー文", "errors/"),
        (ENGLISH, "OOM", "errors/cuda/|glossary/"),
        (ENGLISH, "out of memory", "errors/cuda/"),
        (ENGLISH, "EADDRINUSE", "errors/distributed/"),
        (ENGLISH, "find_unused_parameters", "errors/distributed/|distributed/"),
    ],
    "cheatsheet": [
        (COMPOUND, "早見表", "cheatsheet/"),
        (SYNONYM, "チートシート", "cheatsheet/"),
        (ENGLISH, "cheat sheet", "cheatsheet/"),
    ],
    "glossary": [
        (COMPOUND, "過学習", "glossary/"),
        (COMPOUND, "用語集", "glossary/"),
        (SYNONYM, "ドロップアウト", "glossary/"),
        (ENGLISH, "overfitting", "glossary/"),
    ],
    "install": [
        (COMPOUND, "環境構築", "install/"),
        (SYNONYM, "セットアップ", "install/"),
        (ENGLISH, "pip", "install/"),
    ],
}
# 最初に出ないと分かっている検索語と、その理由 (strict な xfail。最初に出るようになると失敗するので、ここから消す)
KNOWN_MISSES = {
    "cross entropy": "cross* が CrossEntropyLoss の載るすべてのページに当たり、cheatsheet/ と errors/silent/ が先",
    "optimizer": "optimizer.step() のように optimizer が多く出る scheduler/ などが先",
    "途中再開": "ページの言い方は「途中から再開」。「途中」「再開」に分かれ、scheduler/ が先",
    "checkpoint": "torch.utils.checkpoint を載せる memory/ と用語集が先",
    "勾配チェックポイント": "memory/ の呼び名は「活性化チェックポイント」。「勾配」の多い autograd/ が先",
    "データ並列": "「データ」と「並列」に分かれ、どこにでもある「データ」で決まる",
    "形状不一致": "「形状」の多い nn/layers/ が先",
    "早見表": "tips/ と tensor/ の 3 ページが「早見表」を節の見出し (title の boost) に持ち、チートシートの題にはない",
    "profiler": "profiler_table などのスニペットの名前を並べる versions/ と用語集が先",
}
# 章ではないページ (パスの最初の部分): ホーム、はじめに、Tips、バージョンによる違い
NOT_CHAPTERS = {"", "start", "tips", "versions"}
CHAPTER_CASES = [
    pytest.param(
        chapter,
        kind,
        query,
        expected,
        id=f"{chapter}-{kind}-{query}",
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[query])] if query in KNOWN_MISSES else [],
    )
    for chapter, cases in CHAPTER_QUERIES.items()
    for kind, query, expected in cases
]


@pytest.fixture(scope="module")
def headings(site: Path) -> dict[str, set[str]]:
    return titles(site)


def test_every_heading_finds_its_page(site: Path, headings: dict[str, set[str]]) -> None:
    results = search(site, list(headings))
    misses = []
    for title, owners in headings.items():
        top = [page_of(group[0]) for group in results[title][:TOP_PAGES]]
        if not owners & set(top):
            misses.append(f"{title}  →  期待: {', '.join(sorted(owners))}  上位: {', '.join(top) or '(なし)'}")
    found = len(headings) - len(misses)
    rate = found / len(headings)
    summary = f"見出し {len(headings)} 個のうち {found} 個 ({rate:.1%}) が上位 {TOP_PAGES} ページに入りました"
    report = Path("report")
    report.mkdir(exist_ok=True)
    (report / "search-misses.txt").write_text("\n".join([summary, *misses]) + "\n", encoding="utf-8")
    print("\n" + "\n".join([summary, *misses]))
    assert rate >= RECALL_TARGET, f"{summary} (目標 {RECALL_TARGET:.0%})\n" + "\n".join(misses)


BLOCK = re.compile(r'<div class="language-\w+ (?:snippet|notebook-cell|output)\b[^>]*>')


def test_file_code_and_output_stay_out_of_the_index(site: Path) -> None:
    indexed, blocks = [], 0
    for html in pages(site).values():
        for tag in BLOCK.findall(html.read_text(encoding="utf-8")):
            blocks += 1
            if "data-search-exclude" not in tag:
                indexed.append(f"{html.relative_to(site)}: {tag}")
    assert blocks, "スニペット、セル、出力のブロックが 1 つも見つかりません (ブロックの HTML が変わった?)"
    assert not indexed, "検索の索引に入るブロック:\n" + "\n".join(indexed)


@pytest.fixture(scope="module")
def learner_results(site: Path) -> dict[str, list[list[str]]]:
    return search(site, [query for query, _ in LEARNER_QUERIES])


@pytest.mark.parametrize(("query", "expected"), LEARNER_QUERIES, ids=[query for query, _ in LEARNER_QUERIES])
def test_learner_query(learner_results: dict[str, list[list[str]]], query: str, expected: str) -> None:
    groups = learner_results[query][:TOP_PAGES]
    listing = "\n".join(f"  {', '.join(group[:TOP_ITEMS])}" for group in groups) or "  (なし)"
    group = next((g for g in groups if page_of(g[0]) == page_of(expected)), None)
    assert group is not None, f"「{query}」で /{page_of(expected)} が上位 {TOP_PAGES} ページに入りません:\n{listing}"
    if "#" in expected:
        assert expected in group[:TOP_ITEMS], (
            f"「{query}」で節 {expected} が上位 {TOP_ITEMS} 項目にありません:\n{listing}"
        )


def test_every_chapter_has_each_kind_of_query(site: Path) -> None:
    chapters = {path.split("/")[0] for path in pages(site)} - NOT_CHAPTERS | {"training"}
    missing = [
        f"{chapter}: {kind}"
        for chapter in sorted(chapters)
        for kind in (COMPOUND, SYNONYM, ENGLISH)
        if kind not in {case[0] for case in CHAPTER_QUERIES.get(chapter, [])}
    ]
    assert not missing, "CHAPTER_QUERIES に検索語の無い章と種類:\n" + "\n".join(missing)


@pytest.fixture(scope="module")
def chapter_results(site: Path) -> dict[str, list[list[str]]]:
    return search(site, [case.values[2] for case in CHAPTER_CASES])


@pytest.mark.parametrize(("chapter", "kind", "query", "expected"), CHAPTER_CASES)
def test_chapter_query(
    chapter_results: dict[str, list[list[str]]], chapter: str, kind: str, query: str, expected: str
) -> None:
    top = [page_of(group[0]) for group in chapter_results[query]]
    wanted = expected.split("|")
    listing = "\n".join(f"  {i}. /{path}" for i, path in enumerate(top[:TOP_PAGES], 1)) or "  (なし)"
    rank = next((i for i, path in enumerate(top, 1) if path in wanted), None)
    assert top[:1] and top[0] in wanted, (
        f"「{query}」({chapter} の{kind}) で最初に出るべきは {' か '.join('/' + w for w in wanted)} ですが、"
        f"{f'{rank} 番目' if rank else '結果にありません'}。結果の上位:\n{listing}"
    )


def test_every_page_rewrites_the_query_before_search_starts(site: Path) -> None:
    script = (site / "assets" / "javascripts" / "search-query.js").read_text(encoding="utf-8").strip()
    wrong = []
    for path, html in pages(site).items():
        text = html.read_text(encoding="utf-8")
        rewrite, bundle = text.find(script), text.find("assets/javascripts/bundle.")
        if not 0 <= rewrite < bundle:
            wrong.append(f"/{path}")
    assert not wrong, "検索語の書き換え (search-query.js) を bundle より前に読まないページ:\n" + "\n".join(wrong)
