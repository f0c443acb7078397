"""The workflow canvas and (later) the form designer: plain graph models with Qt scenes
mirroring them (HOUSE_STYLE 5). Calls ``services/``; never queries the ORM itself."""
