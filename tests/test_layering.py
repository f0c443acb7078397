"""The domain stays below the UI: models/ and services/ never touch Qt, floats or eval.

The rules are checked on the source (``ast``, so an import hidden inside a function is found
too) and by importing every module in a fresh interpreter, which also catches Qt dragged in
indirectly through another module.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "scrm_desktop"
LAYERS = ("models", "services")
QT_PACKAGES = frozenset({"PySide6", "shiboken6", "qtawesome", "qtpy", "PyQt5", "PyQt6"})
FORBIDDEN_CALLS = frozenset({"float", "eval", "exec"})


def layer_files() -> list[Path]:
    files = sorted(p for layer in LAYERS for p in (PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found under {PACKAGE}"
    return files


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def qt_imports(source: str) -> list[str]:
    """``line: module`` for every import of a Qt package, at any depth of the tree."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [f"{node.lineno}: {n}" for n in names if n.split(".")[0] in QT_PACKAGES]
    return found


def forbidden_calls(source: str) -> list[str]:
    """``line: name(`` for calls of float/eval/exec, also spelled ``builtins.eval(``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
            found.append(f"{node.lineno}: {func.id}(")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr in FORBIDDEN_CALLS
            and isinstance(func.value, ast.Name)
            and func.value.id in {"builtins", "__builtins__"}
        ):
            found.append(f"{node.lineno}: {func.value.id}.{func.attr}(")
    return found


# --- the checkers themselves can fail -------------------------------------------------------


def test_qt_import_checker_finds_imports_anywhere() -> None:
    source = (
        "import os\n"
        "import PySide6.QtCore\n"
        "def later():\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "    class Inner:\n"
        "        import qtawesome as qta\n"
        "from . import PySide6_like\n"
        "import PySide6x\n"
    )
    assert qt_imports(source) == ["2: PySide6.QtCore", "4: PySide6.QtWidgets", "6: qtawesome"]


def test_forbidden_call_checker_finds_calls_anywhere() -> None:
    source = (
        "x = float('1.5')\n"
        "def f(s):\n"
        "    return eval(s) + builtins.exec(s)\n"
        "amount: float | None = None\n"  # an annotation is not a call
        "session.execute(stmt)\n"
    )
    assert forbidden_calls(source) == ["1: float(", "3: eval(", "3: builtins.exec("]


# --- the rules ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", layer_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_import_in_domain_layers(path: Path) -> None:
    assert qt_imports(path.read_text(encoding="utf-8")) == [], f"{path} imports Qt"


@pytest.mark.parametrize("path", layer_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_float_eval_or_exec_calls_in_domain_layers(path: Path) -> None:
    assert forbidden_calls(path.read_text(encoding="utf-8")) == [], f"{path}: money is Decimal, and no eval"


def test_importing_every_domain_module_does_not_load_qt() -> None:
    modules = [module_name(p) for p in layer_files()] + ["scrm_desktop.config", "scrm_desktop.db"]
    assert "scrm_desktop.services.users" in modules
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"qt = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_PACKAGES)!r})\n"
        "print(json.dumps({'qt': qt, 'loaded': sorted(m for m in sys.modules if m.startswith('scrm_desktop'))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(modules) <= set(report["loaded"])
    assert report["qt"] == [], f"importing the domain layers loaded {report['qt']}"
