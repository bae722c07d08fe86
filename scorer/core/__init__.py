"""The Qt-free, SQL-free core: rubric, scoring math, domain records, statistics."""
