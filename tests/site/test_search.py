"""ビルド済みのサイトの検索を、ブラウザと同じ Material の検索のコード (sitecheck/search.py) で確かめる。

- 見出し: 索引にあるすべてのページと節の見出しを、そのまま (空白を足さずに) 検索語にして、その見出しのページが
  結果の上位 3 ページ (ページごとのグループ) に入るか。同じ見出しが複数のページにあれば、どれか 1 つが入ればよい。
  入った割合が RECALL_TARGET 以上であること。入らなかった見出しは report/search-misses.txt に書き、表示する。
- 索引に入れないもの: スニペットとノートブックのセルのコード、出力のブロックは、どのページでも
  data-search-exclude を持つこと
  (数字の並びやコードの断片が検索結果に出ず、索引が小さくなる。コードの API 名は本文と見出しで引ける)。
- 学習者の検索語: LEARNER_QUERIES の検索語ごとに、決めたページ (または節) が上位 3 ページに入るか。
  節 (#...) を決めたものは、そのページのグループの上位 3 項目にその節があること。
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
