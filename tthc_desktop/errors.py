"""Errors a user can cause. Each carries a Vietnamese message meant for a clerk, shown as it is."""
from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (bad input, locked period, missing profile); exit code 2 in the CLI."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationFailed(UserError):
    """Figures break a validation rule with severity error; blocks issuing (exit code 1)."""

    exit_code = 1


class LockedPeriodError(UserError):
    """A write touches a period locked by an issued report."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this action."""
