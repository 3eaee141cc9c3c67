"""docs/ のページと snippets/ のスニペットが過不足なく対応していることを確かめる。"""

import harness


def test_pages_and_snippets_match():
    problems = harness.check_pages()
    assert not problems, "\n".join(problems)
