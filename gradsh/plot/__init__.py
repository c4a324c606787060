"""Pictures of tensors: ``:plot``, ``:hist`` and ``:imshow`` (SPEC §11, docs/plots.md).

The only package that imports a plotting library: :mod:`.terminal` draws
Unicode text through uniplot (heat maps are drawn here, with shade blocks),
:mod:`.image` writes PNG and SVG files through Matplotlib. Both are imported
on a command's first use, never at start-up.
"""
