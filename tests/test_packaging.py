"""Packaging: every third-party module the package imports is declared in pyproject.toml."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# import name -> distribution name, where they differ
DISTRIBUTION = {"sklearn": "scikit-learn", "ruamel": "ruamel.yaml", "yaml": "pyyaml", "re2": "google-re2", "PIL": "pillow"}


def _imported_top_level_modules(*folders: str) -> set[str]:
    names: set[str] = set()
    for path in (p for folder in folders for p in (ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    local = {p.stem for folder in folders for p in (ROOT / folder).glob("*.py")}  # the folders' own helper modules
    return names - set(sys.stdlib_module_names) - local - {"framing", "__future__"}


def _declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = [*project["dependencies"], *(s for e in extras for s in project["optional-dependencies"][e])]
    return {re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in specs}


def _undeclared(imported: set[str], declared: set[str]) -> list[str]:
    return sorted(n for n in imported if DISTRIBUTION.get(n, n).lower().replace("_", "-") not in declared)


def test_packaging_every_imported_package_is_declared():
    missing = _undeclared(_imported_top_level_modules("framing"), _declared())
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_packaging_tests_and_scripts_imports_are_declared_in_the_test_extra():
    missing = _undeclared(_imported_top_level_modules("tests", "scripts"), _declared("test"))
    assert not missing, f"imported by tests or scripts but not declared: {missing}"


def test_packaging_html_cleaner_is_installed_for_html_input():
    # lxml >= 5.2 ships lxml.html.clean separately; without it every HTML article fails
    assert metadata.version("lxml_html_clean")
    import lxml.html.clean  # noqa: F401
