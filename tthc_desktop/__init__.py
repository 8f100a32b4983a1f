"""TTHC Desktop: administrative-procedure control (kiểm soát thủ tục hành chính) for commune offices."""

__version__ = "0.1.0"
APP_NAME = "TTHC Desktop"
