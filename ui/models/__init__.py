"""Item models over domain data, testable without a view."""
