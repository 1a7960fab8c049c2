"""The call screen: know the caller, log the call, never lose a note."""
