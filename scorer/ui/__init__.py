"""The Qt user interface: thin widgets over the core and storage. The only Qt importer."""
