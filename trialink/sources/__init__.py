"""Upstream registries and databases: one module per API or file format."""
