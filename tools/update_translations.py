"""Refresh the translation sources and compile them.

    python tools/update_translations.py                 # lupdate → fill en / zh_TW → lrelease
    python tools/update_translations.py --import-json F # first apply zh_CN translations from F
    python tools/update_translations.py --export-missing F  # write untranslated zh_CN entries to F

Source strings are English. ``scrm_zh_CN.ts`` is translated by people (Qt Linguist, or a JSON file
``{"Context": {"source": "译文"}}`` imported with --import-json). ``scrm_en.ts`` takes each
source as its translation. ``scrm_zh_TW.ts`` entries that nobody translated by hand are converted
from zh_CN with OpenCC (s2twp: Taiwan vocabulary), if ``opencc-python-reimplemented`` is installed
(a developer tool, not a runtime dependency); entries translated by hand are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en", "zh_TW")
OPENCC_MARK = "opencc s2twp"


def ts_path(lang: str) -> Path:
    return I18N / f"scrm_{lang}.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "scrm_desktop").rglob("*.py"))
    targets = [str(ts_path(lang).relative_to(ROOT)) for lang in LANGS]
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        tree.getroot().set("language", lang)
        write(tree, ts_path(lang))


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def set_translation(message: ET.Element, text: str, *, finished: bool = True) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.text = text
    if finished:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and bool(translation.text) and translation.get("type") is None


def import_json(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path("zh_CN"))
    found = messages(tree)
    count = 0
    for context, entries in data.items():
        for source, text in entries.items():
            message = found.get((context, source))
            if message is None:
                print(f"not in the sources (skipped): {context}: {source}", file=sys.stderr)
                continue
            set_translation(message, text)
            count += 1
    write(tree, ts_path("zh_CN"))
    return count


def export_missing(path: Path) -> int:
    tree = ET.parse(ts_path("zh_CN"))
    missing: dict[str, dict[str, str]] = {}
    for (context, source), message in messages(tree).items():
        if not is_finished(message):
            missing.setdefault(context, {})[source] = ""
    path.write_text(json.dumps(missing, ensure_ascii=False, indent=2), encoding="utf-8")
    return sum(len(v) for v in missing.values())


def fill_english() -> None:
    tree = ET.parse(ts_path("en"))
    for (_context, source), message in messages(tree).items():
        set_translation(message, source)
    write(tree, ts_path("en"))


def fill_traditional() -> int:
    try:
        from opencc import OpenCC
    except ImportError:
        print("opencc-python-reimplemented not installed: zh_TW left as it is", file=sys.stderr)
        return 0
    convert = OpenCC("s2twp").convert
    simplified = messages(ET.parse(ts_path("zh_CN")))
    tree = ET.parse(ts_path("zh_TW"))
    count = 0
    for key, message in messages(tree).items():
        generated = message.findtext("translatorcomment") == OPENCC_MARK
        if is_finished(message) and not generated:
            continue  # translated by hand: keep
        source = simplified.get(key)
        if source is None or not is_finished(source):
            continue
        set_translation(message, convert(source.findtext("translation") or ""))
        if not generated:
            # translatorcomment must precede translation in the TS schema
            mark = ET.Element("translatorcomment")
            mark.text = OPENCC_MARK
            message.insert(list(message).index(message.find("translation")), mark)  # type: ignore[arg-type]
        count += 1
    write(tree, ts_path("zh_TW"))
    return count


def lrelease() -> None:
    for lang in LANGS:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                "-nounfinished",
                str(ts_path(lang)),
                "-qm",
                str(I18N / f"scrm_{lang}.qm"),
            ],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import-json", type=Path, help="apply zh_CN translations from this JSON file")
    parser.add_argument("--export-missing", type=Path, help="write untranslated zh_CN entries to this JSON file")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate()
    if args.import_json:
        print(f"imported {import_json(args.import_json)} zh_CN translations")
    fill_english()
    print(f"zh_TW: {fill_traditional()} entries converted from zh_CN")
    lrelease()
    if args.export_missing:
        print(f"{export_missing(args.export_missing)} zh_CN entries still untranslated → {args.export_missing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
