"""Information sheets in the app: the "Send informationsark" dialog, the day's post, and
the sheet settings (envelope window, logo, calibration page).

Import the dialogs from their modules when they are opened (``ui.sheets.send_dialog``,
``ui.sheets.posting_dialog``, ``ui.sheets.settings_dialog``): QtPdf and reportlab then
load on first use, not at start.
"""
