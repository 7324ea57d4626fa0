"""General IR transforms, one pass or utility per module: nothing here knows of Enzyme."""
