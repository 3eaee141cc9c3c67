"""開発用のコマンド集。`nox -l` で一覧を表示します。

流れ: tests (スニペットをデバイスごとに 1 回、ページの検査) → docs (サイトを 1 回ビルドして site/ に) →
copy_paste・links・e2e (その site/ を検査) → lighthouse・bench (数字を出すだけ)。.ci/run はこの順に実行する。
"""

import json
import os
import statistics
import time
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests", "docs"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
ENV = {"NO_MKDOCS_2_WARNING": "1"}
REPORT = Path("report")


def install(session: nox.Session, *groups: str, env: dict | None = None) -> None:
    session.install(*(req for group in groups for req in nox.project.dependency_groups(PYPROJECT, group)), env=env)


def install_site(session: nox.Session) -> None:
    """サイトのビルドに要るもの: docs のグループと、このリポジトリの pipeline/ (mkdocs.yml が import する)。"""
    install(session, "docs")
    session.install("-e", ".", "--no-deps")


@nox.session
def tests(session: nox.Session) -> None:
    """すべてのテスト: スニペット (cpu と、あれば cuda)、ページの検査、ページに直接書いた例、ハーネス自身。

    既定のデバイスを変える確認 (GPU のマシンでは --default-device cuda) の仕組みも、CPU を代わりに使って
    20 本で確かめる。
    """
    install(session, "test")
    stand_in = ["--default-device", "cpu", "--default-device-sample", "20"]
    session.run("pytest", "--codeblocks", "tests", "docs", *stand_in, *session.posargs)


@nox.session
def newest(session: nox.Session) -> None:
    """最新のリリース (pyproject.toml の newest) を PyPI の既定のビルドで入れ、すべてのスニペット、ノートブック、
    チートシートを CPU で実行する。fork を使わない起動の方式 (spawn、Windows の既定) で実行するので、
    その道筋の確認も兼ねる。

    `-- --update-outputs` で、この版の出力 (<名前>.newest.out) と記録 (snippets/records/newest.json) を書き直す。
    環境変数 TORCH=latest では、PyPI にある最新のリリースを何であれ入れ、出力の変わったスニペットを一覧にして失敗する
    (毎週の定期実行)。
    """
    # 既定のビルド (Linux では CUDA 版) を PyPI から入れる。CPU 版の索引や、torch の版の上限の制約を外す
    env = {"PIP_EXTRA_INDEX_URL": "", "PIP_CONSTRAINT": "/dev/null" if os.name != "nt" else "NUL"}
    install(session, "test-newest", env=env)
    if os.environ.get("TORCH") == "latest":
        session.install("--upgrade", "torch", env=env)
    session.run("python", "-c", "import torch; print('torch', torch.__version__, 'CUDA', torch.version.cuda)")
    session.run(
        "pytest",
        "tests/test_snippets.py",
        "docs",
        "--codeblocks",
        "--device",
        "cpu",
        "--runner",
        "spawn",
        "-q",
        "-rf",
        *session.posargs,
        env={"SNIPPET_RUNNER": "spawn"},
    )


@nox.session
def outputs(session: nox.Session) -> None:
    """スニペットを CPU で実行し、出力ファイル (.out) を書き直す。`-- --snippet snippets/…/x.py` で 1 本だけ。"""
    install(session, "test")
    session.run("pytest", "tests/test_snippets.py", "--device", "cpu", "--update-outputs", "-q", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """サイトを厳格モードでビルドする (site/)。「動作確認」の枠は report/ にあるテストの記録から作る。"""
    install_site(session)
    start = time.perf_counter()
    session.run("mkdocs", "build", "--strict", *session.posargs, env=ENV)
    REPORT.mkdir(exist_ok=True)
    (REPORT / "build.json").write_text(json.dumps({"build_s": round(time.perf_counter() - start, 2)}) + "\n")


@nox.session
def serve(session: nox.Session) -> None:
    """http://127.0.0.1:8000/ でプレビュー。docs/ と snippets/ の変更を監視して再ビルドする。"""
    install_site(session)
    session.run("mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", env=ENV)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff による静的検査と書式の確認。"""
    install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def copy_paste(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) の Python のコードを、読者が貼り付けたとおりに実行し、出力を比べる。"""
    install(session, "copy-paste")
    session.run("python", "-m", "sitecheck.copy_paste", *session.posargs)


@nox.session
def links(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) の内部リンクとアンカーを LinkChecker で検査する。外部の URL には接続しない。"""
    install(session, "links")
    session.run("python", "-m", "sitecheck.links", *session.posargs)


@nox.session
def e2e(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) をブラウザ (Chromium) と検索 (Node.js) で確かめる。"""
    install(session, "e2e")
    session.run("pytest", "tests/site", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python=False)
def lighthouse(session: nox.Session) -> None:
    """ベンチマーク: Lighthouse でページを採点し、転送量とともに表にする。"""
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("python3", "-m", "sitecheck.lighthouse", *session.posargs, external=True)


@nox.session(python=False)
def textlint(session: nox.Session) -> None:
    """日本語の文章の検査 (textlint + preset-ja-technical-writing、設定は .textlintrc.json)。"""
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("npx", "textlint", "docs", external=True)


@nox.session
def bench(session: nox.Session) -> None:
    """ベンチマーク: スニペット全体の CPU 実行時間と `import torch` の比、1 本あたりの時間、サイトのビルド時間。

    スニペットの時間とビルドの時間は、直前の tests と docs の記録 (report/) を読む (実行し直さない)。
    """
    needed = {REPORT / "timings-cpu.json": "nox -s tests", REPORT / "build.json": "nox -s docs"}
    missing = [f"{path} ({command} で作れます)" for path, command in needed.items() if not path.exists()]
    if missing:
        session.error("ベンチマークに要る記録がありません: " + "、".join(missing))
    install(session, "snippets")
    timings = json.loads((REPORT / "timings-cpu.json").read_text())
    build = json.loads((REPORT / "build.json").read_text())["build_s"]
    imports = []
    for _ in range(3):
        start = time.perf_counter()
        session.run("python", "-c", "import torch", silent=True)
        imports.append(time.perf_counter() - start)
    per_snippet = list(timings["snippets"].values())
    ratio = timings["wall_s"] / min(imports)
    session.log(f"import torch (3 回の最小)           : {min(imports):6.2f} s")
    session.log(f"スクリプト {len(per_snippet)} 本の CPU 実行 (並列 {timings['jobs']}) : {timings['wall_s']:6.2f} s")
    session.log(f"比 (目標 ≤ 10)                      : {ratio:6.2f} ×")
    session.log(
        f"1 本あたり (中央値 / 最大)           : {statistics.median(per_snippet):.2f} s / {max(per_snippet):.2f} s"
    )
    session.log(f"mkdocs build --strict              : {build:6.2f} s")
