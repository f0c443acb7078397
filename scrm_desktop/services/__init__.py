"""Qt-free use cases: one public function per user action or query (see DESIGN.md §2)."""
