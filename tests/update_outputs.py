"""スニペットを CPU で実行し、出力ファイル (<snippet>.out) を書き直す。

nox -s outputs                                      # すべて
nox -s outputs -- snippets/tensor/create_from_list.py  # 指定したものだけ
"""

import sys
from pathlib import Path

import harness

if __name__ == "__main__":
    wanted = {Path(arg).resolve() for arg in sys.argv[1:]}
    known = set(harness.discover())
    for path in sorted(wanted - known):
        print(f"スニペットではありません: {path}", file=sys.stderr)
    problems = harness.write_outputs(sorted(wanted & known) if wanted else None)
    print("\n\n".join(problems), file=sys.stderr)
    sys.exit(1 if problems or wanted - known else 0)
