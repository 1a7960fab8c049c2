"""reportlab renderers: plain sheet data in, PDF bytes out.

Importing this package is cheap; the modules below import reportlab (≈ 115 ms),
so the app imports them only when the first sheet is built (see
:mod:`reception.sheets.render`).
"""
