"""The compiled extractor (analysis.native): used only when it was built from the sources as they
are, and it finds exactly the quotes, speakers and mentions the plain Python one finds."""

from __future__ import annotations

import ast
import gzip
import itertools
import json
import os
import subprocess
import sys

import pytest

from analysis import cli, native
from tests.conftest import ROOT, SEEDS

built = pytest.mark.skipif(
    native.missing_toolchain() is not None or not native.build_is_current(),
    reason="the extractor is not compiled here (python3 tasks.py compile; needs a C compiler)",
)


def python(code: str, *args: str, plain: bool = False, stderr: bool = False) -> str:
    """What a fresh interpreter prints (the choice of build is made as `analysis` is imported);
    with `stderr`, on stderr."""
    env = {key: value for key, value in os.environ.items() if key != native.PURE_PYTHON_VARIABLE}
    if plain:
        env[native.PURE_PYTHON_VARIABLE] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    return done.stderr if stderr else done.stdout


def test_a_manifest_of_the_sources_as_they_are_is_current(tmp_path):
    manifest = tmp_path / "sources.json"
    manifest.write_text(json.dumps({"sources": native.source_digests()}), encoding="utf-8")
    assert native.build_is_current(manifest)


def _one_source_edited() -> str:
    digests = native.source_digests()
    digests["quotes"] = "0" * 64
    return json.dumps({"sources": digests})


@pytest.mark.parametrize(
    "manifest_text",
    [
        None,  # never built
        "",  # a build cut short
        "{",
        "[]",
        json.dumps({"sources": {}}),
        _one_source_edited(),  # built, then a source edited: the build would shadow the edit
    ],
)
def test_a_build_not_made_from_these_sources_is_never_used(tmp_path, manifest_text):
    manifest = tmp_path / "sources.json"
    if manifest_text is not None:
        manifest.write_text(manifest_text, encoding="utf-8")
    package_path = [str(ROOT / "analysis")]
    assert not native.build_is_current(manifest)
    assert not native.activate(package_path, manifest)
    assert package_path == [str(ROOT / "analysis")]


def test_plain_python_on_request():
    status = python(
        "from analysis import native, quotes; print(native.status()); print(quotes.__file__)", plain=True
    )
    assert status.splitlines() == [
        f"plain Python ({native.PURE_PYTHON_VARIABLE} is set)",
        str(ROOT / "analysis" / "quotes.py"),
    ]


def test_the_data_beside_the_sources_is_found_from_either_build():
    code = "from analysis.lexicon import LEXICON_DIR; print(LEXICON_DIR)"
    assert python(code).strip() == python(code, plain=True).strip() == str(ROOT / "analysis" / "lexicons")


@built
def test_once_built_the_extractor_runs_compiled():
    status = python("from analysis import native, quotes, speakers; print(native.status(), quotes.__file__)")
    assert status.startswith("compiled (mypyc) ")
    assert ".native" in status and status.strip().endswith(".so")


@built
def test_compiled_and_plain_python_read_every_article_alike(tmp_path):
    """The shipped seeds and 600 articles of the bulk corpus's four outlets, quote for quote."""
    paths = [str(SEEDS)]
    corpus = ROOT.parent / "shared" / "corpus" / "bulk.jsonl.gz"
    if corpus.is_file():
        sample = tmp_path / "sample.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as records:
            sample.write_text("".join(itertools.islice(records, 0, 30_000, 50)), encoding="utf-8")
        paths.append(str(sample))
    code = (
        "import sys; from analysis.cli import main\n"
        "for command in ('quotes', 'mentions', 'entities'): main([command, *sys.argv[1:]])"
    )
    compiled, plain = python(code, *paths), python(code, *paths, plain=True)
    assert compiled.count("\n") > 2_000
    assert compiled == plain


def test_no_compiled_module_uses_a_cached_property():
    """mypyc compiles functools.cached_property as a plain property: its body would run on every
    access (the lexicons' word tables were rebuilt for every word) — silently, so it is checked."""
    for name in native.COMPILED:
        tree = ast.parse((ROOT / "analysis" / f"{name}.py").read_text(encoding="utf-8"))
        decorators = [
            ast.unparse(decorator)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            for decorator in node.decorator_list
        ]
        assert not [d for d in decorators if "cached_property" in d], name


@built
def test_the_objects_made_per_word_and_phrase_have_c_constructors():
    """A dataclass keeps its Python-level `__init__` when compiled (a frozen one sets each field
    through `object.__setattr__`): tokens and phrase readers, made for every word and phrase,
    are plain classes, whose constructors mypyc writes in C."""
    code = (
        "from analysis.segment import Token; from analysis.speakers import PhraseReader, _Reading\n"
        "print(*(type(c.__init__).__name__ for c in (Token, PhraseReader, _Reading)))"
    )
    assert python(code).split() == ["wrapper_descriptor"] * 3


def test_the_compiled_modules_constants_are_final():
    """A module constant not marked `Final` is looked up by name in the module's dictionary at
    every use in compiled code (a sixteenth of the analysis when none was)."""
    for name in native.COMPILED:
        tree = ast.parse((ROOT / "analysis" / f"{name}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                assert not (isinstance(target, ast.Name) and target.id.lstrip("_").isupper()), (
                    f"{name}.py:{node.lineno}: {ast.unparse(target)} is not marked Final"
                )
            if (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id.lstrip("_").isupper()
            ):
                assert "Final" in ast.unparse(node.annotation), f"{name}.py:{node.lineno}"


def test_a_large_build_says_when_it_ran_uncompiled(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"a{n}", "title": "", "text": f"قال الوزير إن الحصيلة بلغت {n} شهيدا."}) + "\n"
            for n in range(cli.COMPILE_HINT_ARTICLES)
        ),
        encoding="utf-8",
    )
    code = "import sys; from analysis.cli import main; sys.exit(main(sys.argv[1:]))"
    store = tmp_path / "s.duckdb"
    plain = python(
        code, "build", str(corpus), "--store", str(store), "--workers", "1", plain=True, stderr=True
    )
    assert f"the extractor ran as plain Python ({native.PURE_PYTHON_VARIABLE} is set)" in plain
    assert "nearly twice as fast" in plain
