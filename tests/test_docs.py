"""The docs are tested: every CLI command is documented in docs/cli.md and has help text."""
from __future__ import annotations

import re
from pathlib import Path

from tthc_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> dict[str, str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    helps = {a.dest: a.help for a in sub._choices_actions}
    return {name: helps.get(name) or "" for name in sub.choices}


def test_every_command_is_documented_in_cli_md():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## ([a-z0-9-]+)", text, flags=re.M))
    missing = sorted(set(_commands()) - documented)
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_every_command_has_vietnamese_help():
    for name, help_text in _commands().items():
        assert help_text, f"command {name} has no help text"


def test_user_guide_images_and_links_exist():
    guide = ROOT / "docs" / "huong-dan-su-dung.md"
    text = guide.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#]+)\)", text)
    assert targets
    missing = [t for t in targets if not t.startswith("http") and not (guide.parent / t).exists()]
    assert not missing, f"broken links in the user guide: {missing}"


def test_command_index_matches_what_each_module_registers():
    import argparse
    import importlib

    from tthc_desktop.cli import COMMAND_INDEX

    for module, commands in COMMAND_INDEX.items():
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub)
        assert sorted(sub.choices) == sorted(commands), module


def test_a_command_loads_only_its_own_module():
    import subprocess
    import sys

    code = ("import sys; from tthc_desktop.cli import main; "
            "main(['due-date', '--from', '2025-04-28', '--days', '2']); "
            "print('reportlab' in sys.modules, 'openpyxl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.splitlines()[-1] == "False False"
    assert "2025-05-05" in out  # 30/4 and 1/5 are skipped (the 2025 swap gives 2-4/5 off too)
