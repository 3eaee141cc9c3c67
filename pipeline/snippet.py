"""スニペットとは何か。ランナー (pipeline/run.py)、ページの組み立て (pipeline/macros.py)、テスト (tests/)、
サイトの検査 (sitecheck/) が共通に使う定義はすべてここにあります。

スニペットは snippets/<章>/<名前>.py にある、単独で動くスクリプト 1 本です。ページでは
`{{ example("<章>/<名前>") }}` の 1 行で、コード、出力、ファイルへのリンクになります。ページのコードは
ファイルの中身そのものです。

- 出力の種類 (KINDS): どの torch で、どのデバイスで実行した出力か。golden のファイル名、タブの名前、比べ方、
  記録のファイル (snippets/records/<種類>.json) はこの表から決まる。既定は torch のピン留めの版の CPU 版で
  実行した <名前>.out。ほかの種類の golden は、その出力が <名前>.out と違うときだけある。
- 宣言 (DECLARATIONS): テストのための決まりは、ページに載らない章ごとのファイル snippets/<章>/declarations.toml
  に書く ([<名前>] の表)。値は厳密に読み、知らないキーや値はエラー (ファイル名とスニペットの名前つき)。
- 読者の実行 (RUN_SETUP): 読者が `python x.py` と打ったときと同じにするための、環境変数と警告の表示。
- 内容のハッシュ: ファイルの中身の SHA-256 (先頭 16 桁)。記録に残し、記録のあとで変わったスニペットを見つける。

ノートブックのページの元 (docs/notebooks/*.py) もテストでは同じように実行する。出力は比較しない。
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
NOTEBOOKS = ROOT / "docs" / "notebooks"
RECORDS = SNIPPETS / "records"
DECLARATIONS = "declarations.toml"
# デバイスを選んでいる (GPU があれば GPU を使う) スニペット: `device = ...is_available()...` などの代入
_PICKS_DEVICE = re.compile(r"^\s*device\s*=.*(?:is_available\(|current_accelerator\()", re.MULTILINE)


@cache
def release(group: str) -> str:
    """pyproject.toml の依存グループ group にピン留めした torch の版 ("2.13.0")。版を決めるのはこの 1 か所。"""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in data["dependency-groups"][group]:
        if isinstance(requirement, str) and requirement.startswith("torch=="):
            return requirement.removeprefix("torch==")
    raise ValueError(f"pyproject.toml: 依存グループ {group} に torch==… がありません")


# --- 出力の種類 --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """出力の種類: どの torch で、どのデバイスで実行した出力か。"""

    key: str  # 記録のファイル名 (snippets/records/<key>.json) と、ページのタブの識別
    suffix: str  # golden のファイル名の末尾
    build: str  # torch の種類: "cpu" (CPU 版) / "cuda" (CUDA 版)
    device: str  # 実行したデバイス: "cpu" / "cuda"
    tolerant: bool = False  # 数値を許容誤差つきで、デバイスの表記を除いて比べる (GPU)

    @property
    def default(self) -> bool:
        return self.key == "cpu"


KINDS = (
    Kind("cpu", ".out", "cpu", "cpu"),  # ページの既定の出力 (ピン留めの版の CPU 版)
    Kind("cuda-build", ".cuda-build.out", "cuda", "cpu"),  # 同じ版の CUDA 版を GPU なしで
    Kind("newest", ".newest.out", "cuda", "cpu"),  # ほかの版 (最新のリリース、PyPI の既定の CUDA 版) を GPU なしで
    Kind("gpu", ".gpu.out", "cuda", "cuda", tolerant=True),  # GPU のマシンで (.ci/gpu。torch の版はそのマシンのもの)
)
KIND = {k.key: k for k in KINDS}
BUILD_NAMES = {"cpu": "CPU 版", "cuda": "CUDA 版"}


def kind_of(torch_version: str, cuda: str | None, device: str) -> Kind:
    """実行した環境の出力の種類。ピン留めの版ならビルドで分け、ほかの版は最新のリリースの出力と比べる。"""
    if device == "cuda":
        return KIND["gpu"]
    if torch_version.split("+")[0] == release("snippets"):
        return KIND["cuda-build" if cuda else "cpu"]
    return KIND["newest"]


# --- 読者の実行 --------------------------------------------------------------------------------

# 読者の端末と同じ出力にするための環境変数: 出力はバッファなし (標準出力と標準エラーが出た順に並ぶ)、警告は
# Python の既定の表示、文字コードは UTF-8、図はファイルに描く
RUN_SETUP = {
    "PYTHONUNBUFFERED": "1",
    "PYTHONWARNINGS": "default",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONUTF8": "1",
    "MPLBACKEND": "agg",
}
# CPU で実行するとき、アクセラレータを見えなくする環境変数 (MPS は pipeline/child.py で隠す)
HIDE_ACCELERATORS = {"CUDA_VISIBLE_DEVICES": "", "HIP_VISIBLE_DEVICES": ""}


# --- 宣言 ----------------------------------------------------------------------------------------

CHECK_MODES = {
    "all": "出力を比べる",
    "cpu": "CPU での出力だけを比べる (GPU では実行できればよい)",
    "none": "出力を比べない",
}
_WARNING_NAME = re.compile(r"^[A-Z]\w*Warning$")


class SnippetError(ValueError):
    """スニペットの宣言の誤り。メッセージは「ファイル: [名前] 内容」。"""


@dataclass(frozen=True)
class Declaration:
    """1 本のスニペットの宣言 (declarations.toml の [<名前>] の表)。"""

    output_check: str = "all"  # CHECK_MODES
    output_check_why: str | None = None  # all 以外では必須。ページの出力の下に表示する
    expect_warning: tuple[str, ...] = ()  # 出力に見せる警告の種類。宣言のない警告はテストの失敗
    default_device_skip: str | None = None  # 既定のデバイスを GPU にした確認 (--default-device) から外す理由


def _declaration(where: str, name: str, table: object) -> Declaration:
    def fail(message: str) -> SnippetError:
        return SnippetError(f"{where}: [{name}] {message}")

    if not isinstance(table, dict):
        raise fail("表 ([名前] のあとに key = value) で書きます")
    known = {"output-check", "output-check-why", "expect-warning", "default-device-skip"}
    unknown = set(table) - known
    if unknown:
        raise fail(f"知らない宣言 {', '.join(sorted(unknown))} です (使えるのは {', '.join(sorted(known))})")
    mode = table.get("output-check", "all")
    if mode not in CHECK_MODES:
        raise fail(f"output-check の値 `{mode}` は使えません ({' / '.join(CHECK_MODES)})")
    why = table.get("output-check-why")
    if mode != "all" and not (isinstance(why, str) and why.strip()):
        raise fail(f'output-check = {mode!r} には理由 output-check-why = "…" が要ります (ページに表示します)')
    warnings = table.get("expect-warning", [])
    if not isinstance(warnings, list) or (not warnings and "expect-warning" in table):
        raise fail('expect-warning は警告の種類のリストで書きます (["UserWarning"])')
    bad = [w for w in warnings if not isinstance(w, str) or not _WARNING_NAME.match(w)]
    if bad:
        raise fail(f"expect-warning に警告の種類ではないものがあります: {bad}")
    skip = table.get("default-device-skip")
    if skip is not None and not (isinstance(skip, str) and skip.strip()):
        raise fail("default-device-skip には外す理由を書きます")
    return Declaration(mode, why, tuple(warnings), skip)


@cache
def _tables(folder: Path) -> dict:
    path = folder / DECLARATIONS
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise SnippetError(f"{rel(path)}: TOML として読めません: {e}") from e


def declaration_problems(folder: Path) -> list[str]:
    """章のフォルダの declarations.toml の誤り (読めない値、無いスニペットの宣言) をすべて。"""
    where = rel(folder / DECLARATIONS)
    try:
        tables = _tables(folder)
    except SnippetError as e:
        return [str(e)]
    problems = []
    for name, table in tables.items():
        if not (folder / f"{name}.py").is_file():
            problems.append(f"{where}: [{name}] スニペット {rel(folder / f'{name}.py')} がありません")
            continue
        try:
            _declaration(where, name, table)
        except SnippetError as e:
            problems.append(str(e))
    return problems


# --- スニペット ------------------------------------------------------------------------------------


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

    def golden(self, kind: str = "cpu") -> Path:
        """保存済みの出力 (KINDS)。cpu 以外は、<名前>.out と違う出力のときだけある。"""
        return self.path.with_suffix(KIND[kind].suffix)

    @property
    def picks_device(self) -> bool:
        """GPU があれば GPU を使うようにデバイスを選んでいるか (GPU での実行では GPU に何か置く)。"""
        return bool(_PICKS_DEVICE.search(self.source))

    @property
    def declaration(self) -> Declaration:
        if self.is_notebook:
            return Declaration("none", "ノートブックはページのビルドで実行して確かめる", (), "ノートブック")
        table = _tables(self.path.parent).get(self.path.stem)
        return (
            Declaration()
            if table is None
            else _declaration(rel(self.path.parent / DECLARATIONS), self.path.stem, table)
        )

    @property
    def check(self) -> str:
        """出力の比較: "all" (既定)、"cpu" (GPU では実行だけ)、"none" (比較しない)。"""
        return self.declaration.output_check

    @property
    def expected_warnings(self) -> tuple[str, ...]:
        return self.declaration.expect_warning

    @property
    def default_device_skip(self) -> str | None:
        return self.declaration.default_device_skip


def rel(path: Path, root: Path = ROOT) -> str:
    """メッセージ用の、ルートからの相対パス。"""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def output_file(path: Path) -> tuple[Path, Kind] | None:
    """出力ファイル (<名前><末尾>) のスニペットのパスと種類。出力ファイルでなければ None。"""
    for kind in sorted(KINDS, key=lambda k: len(k.suffix), reverse=True):
        if path.name.endswith(kind.suffix):
            return path.with_name(path.name.removesuffix(kind.suffix) + ".py"), kind
    return None


def discover(root: Path = SNIPPETS) -> list[Snippet]:
    """snippets/ 以下のすべてのスニペット (パッケージの __init__.py を除く .py)。"""
    return [Snippet(p, root) for p in sorted(root.rglob("*.py")) if p.name != "__init__.py"]


def notebooks() -> list[Snippet]:
    """ノートブックのページの元 (docs/notebooks/*.py)。"""
    return [Snippet(p, NOTEBOOKS) for p in sorted(NOTEBOOKS.glob("*.py"))]
