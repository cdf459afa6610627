"""The shared web kit: service errors, the ``guarded`` view helper, the current language, uploads and
private storage. Every Django app uses these; none defines its own."""
