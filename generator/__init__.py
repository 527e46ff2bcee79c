"""Generate API code samples, parameter tables and MkDocs pages from YAML endpoint specs."""
