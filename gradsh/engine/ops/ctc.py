"""ctc_loss (placeholder, filled below)."""
