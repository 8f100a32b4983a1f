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
