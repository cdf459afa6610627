"""The shared web kit: service errors, the ``guarded`` view helper, the current language, uploads,
private storage and private downloads. Every Django app uses these; none defines its own."""
