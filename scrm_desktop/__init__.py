"""SCRM Desktop: service business administration for installation, commissioning and repair."""

__version__ = "0.1.0"
APP_NAME = "scrm-desktop"
