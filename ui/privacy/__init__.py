"""The GDPR tools on screen: staff chooser, export, erase, retention review, settings,
the audit log.

Each dialog takes what it needs in its constructor (the staff name ``by`` for the
audit trail, a caller id) and calls ``reception.privacy``; none knows the main window.
"""

from ui.privacy.audit_dialog import AuditLogDialog
from ui.privacy.erase_dialog import ErasePersonDialog
from ui.privacy.export_dialog import ExportPersonDialog
from ui.privacy.retention_dialog import RetentionReviewDialog
from ui.privacy.settings_dialog import PrivacySettingsDialog
from ui.privacy.staff_chooser import StaffChooserDialog, choose_staff

__all__ = ["AuditLogDialog", "ErasePersonDialog", "ExportPersonDialog", "PrivacySettingsDialog",
           "RetentionReviewDialog", "StaffChooserDialog", "choose_staff"]
