"""Documents: folder knowledge bases with cited, page-accurate answers."""
