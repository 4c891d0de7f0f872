"""Variants (颜色 / 尺码): dimensions per category, product templates (款式) and their variants.

A category defines its dimensions once (颜色: 红 / 蓝 / 黑; 尺码: S / M / L / XL). A template takes
one or two of them and generates one ordinary product per combination of active values: code =
template code + value codes (``TS01-R-M``, editable afterwards like any product's), name = template
name + value names, category, unit, prices and tax rate from the template, the values in the
product's ``attributes``. Generating again makes only the missing combinations (a value added
later). A value or template withdrawn deletes the variants nothing refers to and deactivates the
ones already moved, priced or on a document — never deletes them.

Every change is one transaction with an audit record; bad input raises ``ValidationError`` /
``Duplicate`` naming the field (and the combination), nothing written.

The package: ``dimensions`` (a category's dimensions and values), ``templates`` (templates,
generating and withdrawing variants), ``matrix`` (a template's variants as a grid for entry).
"""
