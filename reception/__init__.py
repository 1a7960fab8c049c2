"""Guldklinikken Reception: the domain core (content, search, storage). Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "GuldklinikkenReception"
APP_AUTHOR = "Guldklinikken"
