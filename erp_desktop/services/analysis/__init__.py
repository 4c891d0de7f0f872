"""Analysis: the multi-dimensional pivot and the dashboards."""
