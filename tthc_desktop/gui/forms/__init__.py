"""Python forms generated from the Designer files in ui/ (see build.py; never edit the ui_*.py files)."""
