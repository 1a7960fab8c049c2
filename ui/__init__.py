"""Qt widgets, item models and actions. No SQL and no business rules here."""
