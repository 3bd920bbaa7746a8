"""The persistent job queue (`queue`), and the handlers of each job kind (`kinds`).

Kept empty on purpose: `kinds` sits above the tasks, docs and models layers,
while `queue` sits below them, so importing one must not import the other.
"""
