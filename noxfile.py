"""開発用のコマンド集。`nox -l` で一覧を表示します。"""

import os
import time

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests", "docs"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
ENV = {"NO_MKDOCS_2_WARNING": "1"}
COUNT = "import sys; sys.path.insert(0, 'tests'); import harness; print(len(harness.scripts()))"


def install(session: nox.Session, *groups: str) -> None:
    session.install(*(req for group in groups for req in nox.project.dependency_groups(PYPROJECT, group)))


@nox.session
def tests(session: nox.Session) -> None:
    """すべてのテスト: スニペット (cpu と、あれば cuda)、ページの整合性、docs/ の python ブロック。"""
    install(session, "test")
    session.run("pytest", "--codeblocks", "tests", "docs", *session.posargs)


@nox.session
def outputs(session: nox.Session) -> None:
    """スニペットを CPU で実行し、出力ファイル (.out) を作り直す。"""
    install(session, "snippets")
    session.run("python", "tests/update_outputs.py", *session.posargs)


@nox.session(requires=["tests"])
def docs(session: nox.Session) -> None:
    """テストが通ったあとで、サイトを厳格モードでビルドする (site/)。"""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", env=ENV)


@nox.session
def serve(session: nox.Session) -> None:
    """http://127.0.0.1:8000/ でプレビュー。docs/ と snippets/ の変更を監視して再ビルドする。"""
    install(session, "docs")
    session.run("mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", env=ENV)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff による静的検査と書式の確認。"""
    install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def copy_paste(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) の Python のコードブロックを、読者が貼り付けたとおりに 1 つずつ実行する。"""
    install(session, "copy-paste")
    session.run("python", "-m", "sitecheck.copy_paste", *session.posargs)


@nox.session
def links(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) の内部リンクとアンカーを LinkChecker で検査する。外部の URL には接続しない。"""
    install(session, "links")
    session.run("python", "-m", "sitecheck.links", *session.posargs)


@nox.session
def e2e(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) を Chromium で開いて確かめる。スクリーンショットは report/screenshots/ に。"""
    install(session, "e2e")
    session.run("pytest", "tests/site", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python=False)
def lighthouse(session: nox.Session) -> None:
    """ベンチマーク: Lighthouse でホーム、長いページ、ノートブックを採点し、転送量とともに表にする。"""
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("python3", "-m", "sitecheck.lighthouse", *session.posargs, external=True)


@nox.session(python=False)
def textlint(session: nox.Session) -> None:
    """日本語の文章の検査 (textlint + preset-ja-technical-writing、設定は .textlintrc.json)。"""
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("npx", "textlint", "docs", external=True)


@nox.session
def bench(session: nox.Session) -> None:
    """ベンチマーク: スニペット全体の CPU 実行時間と `import torch` の比、サイトのビルド時間。"""
    install(session, "test", "docs")

    def timed(*args: str, env: dict | None = None) -> float:
        start = time.perf_counter()
        session.run(*args, env=env, silent=True)
        return time.perf_counter() - start

    imports = min(timed("python", "-c", "import torch") for _ in range(3))
    snippets = timed(
        "python", "-m", "pytest", "tests/test_snippets.py", "--device", "cpu", "-q", "-p", "no:cacheprovider"
    )
    build = timed("mkdocs", "build", "--strict", "--site-dir", os.path.join(session.create_tmp(), "site"), env=ENV)
    count = session.run("python", "-c", COUNT, silent=True).strip()
    session.log(f"import torch (3 回の最小)       : {imports:6.2f} s")
    session.log(f"スクリプト {count} 本の CPU 実行  : {snippets:6.2f} s")
    session.log(f"比 (目標 ≤ 8)                  : {snippets / imports:6.2f} ×")
    session.log(f"mkdocs build --strict          : {build:6.2f} s")
