"""スニペットとは何か。テスト (tests/)、ページの組み立て (pipeline/macros.py)、サイトの検査 (sitecheck/) が共通に使う。

スニペットは snippets/<章>/<名前>.py にある、単独で動くスクリプト 1 本です。ページでは
`{{ example("<章>/<名前>") }}` の 1 行で、コード、出力、ファイルへのリンクになります。

- 出力 (golden): 同じ場所の <名前>.out。CPU 版 torch で実行した標準出力と標準エラー (警告) を、端末に出る順に
  並べたもの。テストが実行して書く (`nox -s outputs`) もので、手では書かない。出力が実行環境で変わる理由が
  あるときだけ、その環境での本物の実行結果を別の名前で持つ (VARIANTS):
    <名前>.cuda.out        GPU (CUDA) で実行したとき (GPU のマシンでの実行から。.ci/gpu)
    <名前>.cuda-build.out  CUDA 版の torch を GPU のないマシンで実行したとき (PyPI の既定の wheel)
- 宣言: ファイルの先頭のコメント行に書く。値は厳密に解釈し、知らない値や知らない宣言はエラー (ファイル名と行番号つき)。
    # output-check: all | cpu | none  (理由)   出力の比較。既定 all。cpu は CUDA では実行だけ、none は比較しない
    # expect-warning: UserWarning[, ...]       出力に載せる (見せたい) 警告の種類。宣言のない警告はテストの失敗
    # default-device: skip  (理由)             既定のデバイスを GPU にした確認 (--default-device) から外す
- 内容のハッシュ: ファイルの中身の SHA-256 (先頭 16 桁)。テストの記録に残し、変わったスニペットを「未確認」と表示する。

ノートブックのページの元 (docs/notebooks/*.py) もテストでは同じように実行する。出力は比較しない。
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "docs" / "notebooks"

CHECK_MODES = ("all", "cpu", "none")
# 出力の種類と golden のファイル名の末尾。"cpu" は CPU 版 torch での実行 (ページの「出力」)
VARIANTS = {"cpu": ".out", "cuda": ".cuda.out", "cuda-build": ".cuda-build.out"}
# デバイスを選んでいる (GPU があれば GPU を使う) スニペット: `device = ...is_available()...` などの代入
_PICKS_DEVICE = re.compile(r"^\s*device\s*=.*(?:is_available\(|current_accelerator\()", re.MULTILINE)
# 先頭のコメントに書く宣言の形 (`# key: value`)。キーは英小文字とハイフン
_DECLARATION = re.compile(r"^#\s*(?P<key>[a-z]+(?:[-_][a-z]+)+)\s*:(?P<value>.*)$")
_OUTPUT_CHECK = re.compile(rf"^\s*(?P<mode>{'|'.join(CHECK_MODES)})(?:\s+\(.+\))?\s*$")
_WARNING_NAME = re.compile(r"^[A-Z]\w*Warning$")
_SKIP = re.compile(r"^\s*skip\s+\(.+\)\s*$")


class SnippetError(ValueError):
    """スニペットの宣言の誤り。メッセージは「ファイル:行: 内容」。"""


@dataclass(frozen=True)
class Snippet:
    path: Path
    root: Path = SNIPPETS  # name の基準 (テストでは壊した例のフォルダ)

    @classmethod
    def find(cls, name: str, root: Path = SNIPPETS) -> Snippet:
        """名前 ("tensor/create_from_list") からスニペットを得る。無ければ SnippetError。"""
        path = root / f"{name}.py"
        if not path.is_file():
            raise SnippetError(f"{rel(path)}: スニペットがありません")
        return cls(path, root)

    @property
    def name(self) -> str:
        """snippets/ からの名前 ("tensor/create_from_list")。ページの example() に書くもの。"""
        return self.path.relative_to(self.root).with_suffix("").as_posix()

    @property
    def rel(self) -> str:
        """リポジトリのルートからのパス ("snippets/tensor/create_from_list.py")。"""
        return rel(self.path)

    @property
    def is_notebook(self) -> bool:
        return self.path.parent == NOTEBOOKS

    @cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def hash(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]

    def golden(self, variant: str = "cpu") -> Path:
        """保存済みの出力 (VARIANTS)。cpu 以外は、CPU 版での出力と違う理由があるときだけある。"""
        return self.path.with_suffix(VARIANTS[variant])

    @property
    def picks_device(self) -> bool:
        """GPU があれば GPU を使うようにデバイスを選んでいるか (GPU での実行では GPU に何か置くはず)。"""
        return bool(_PICKS_DEVICE.search(self.source))

    @cached_property
    def declarations(self) -> dict[str, str]:
        """先頭のコメント行の宣言 {key: value}。知らないキーや同じキーの重複は SnippetError。"""
        found: dict[str, str] = {}
        for number, line in enumerate(self.source.splitlines(), 1):
            if not line.startswith("#"):
                break
            m = _DECLARATION.match(line)
            if not m:
                continue
            key = m.group("key")
            if key not in _PARSERS:
                raise SnippetError(f"{self.rel}:{number}: 知らない宣言 `{key}` です (使えるのは {', '.join(_PARSERS)})")
            if key in found:
                raise SnippetError(f"{self.rel}:{number}: `{key}` が 2 回書かれています")
            _PARSERS[key](self, number, m.group("value"))
            found[key] = m.group("value").strip()
        return found

    @property
    def check(self) -> str:
        """出力の比較: "all" (既定)、"cpu" (CUDA では実行だけ)、"none" (比較しない)。ノートブックは "none"。"""
        if self.is_notebook:
            return "none"
        value = self.declarations.get("output-check")
        return _OUTPUT_CHECK.match(value).group("mode") if value else "all"

    @property
    def expected_warnings(self) -> tuple[str, ...]:
        value = self.declarations.get("expect-warning")
        return tuple(w.strip() for w in value.split(",")) if value else ()

    @property
    def default_device_skip(self) -> str | None:
        """既定のデバイスを変えた確認から外す理由 (外さないなら None)。"""
        if self.is_notebook:
            return "ノートブックは見せるとおりのコードでだけ確かめる"
        value = self.declarations.get("default-device")
        return value.strip()[len("skip") :].strip()[1:-1] if value else None


def _parse_output_check(snippet: Snippet, number: int, value: str) -> None:
    if not _OUTPUT_CHECK.match(value):
        raise SnippetError(
            f"{snippet.rel}:{number}: output-check の値 `{value.strip()}` は使えません "
            f"({' / '.join(CHECK_MODES)}、後ろに (理由) を書けます)"
        )


def _parse_expect_warning(snippet: Snippet, number: int, value: str) -> None:
    names = [w.strip() for w in value.split(",")]
    bad = [w for w in names if not _WARNING_NAME.match(w)]
    if bad or not value.strip():
        raise SnippetError(
            f"{snippet.rel}:{number}: expect-warning には警告の種類 (UserWarning など) をカンマ区切りで書きます: "
            f"`{value.strip()}`"
        )


def _parse_default_device(snippet: Snippet, number: int, value: str) -> None:
    if not _SKIP.match(value):
        raise SnippetError(f"{snippet.rel}:{number}: default-device には `skip  (理由)` と書きます: `{value.strip()}`")


_PARSERS = {
    "output-check": _parse_output_check,
    "expect-warning": _parse_expect_warning,
    "default-device": _parse_default_device,
}


def rel(path: Path, root: Path = ROOT) -> str:
    """メッセージ用の、ルートからの相対パス。"""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def discover(root: Path = SNIPPETS) -> list[Snippet]:
    """snippets/ 以下のすべてのスニペット (パッケージの __init__.py を除く .py)。"""
    return [Snippet(p, root) for p in sorted(root.rglob("*.py")) if p.name != "__init__.py"]


def notebooks() -> list[Snippet]:
    """ノートブックのページの元 (docs/notebooks/*.py)。"""
    return [Snippet(p, NOTEBOOKS) for p in sorted(NOTEBOOKS.glob("*.py"))]
