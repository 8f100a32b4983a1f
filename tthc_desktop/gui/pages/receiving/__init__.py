"""Cấp nhận báo cáo: the receiving level's screen (page.py) and its tabs (units, packages, completeness,
aggregate). Kept free of imports so walking the package does not load Qt."""
