import io
import sys
from argparse import Namespace

from tthc_desktop.cli.common import confirm


def test_confirm_never_waits_or_crashes_on_a_closed_stdin(monkeypatch, capsys):
    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(sys, "stdin", closed)
    assert confirm(Namespace(yes=False), "Ghi đè?") is False
    assert "chạy lại với --yes" in capsys.readouterr().err
    assert confirm(Namespace(yes=True), "Ghi đè?") is True
