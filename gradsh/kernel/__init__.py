"""The Jupyter kernel (SPEC §11): the only place that imports ipykernel.

- ``session``: a workspace that runs cells and answers completion, inspection
  and is-complete questions, as plain Python (no Jupyter import);
- ``kernel``: ipykernel's wrapper kernel around a session;
- ``install``: ``gradsh --install-kernel`` writes the kernel spec;
- ``python -m gradsh.kernel -f CONNECTION_FILE`` starts the kernel.
"""
